import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMapTiles } from '@yorisoi/shared';
import markerIconUrl from 'leaflet/dist/images/marker-icon.png';
import markerIcon2xUrl from 'leaflet/dist/images/marker-icon-2x.png';
import markerShadowUrl from 'leaflet/dist/images/marker-shadow.png';

interface FacilityMapProps {
  name: string;
  latitude: number;
  longitude: number;
  tiles: TMapTiles;
}

/** Where the skip link lands: one map per page. */
const afterMapId = 'facility-after-map';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A map around the facility with one marker. Leaflet and its stylesheet load here only (a
 * dynamic import), so no other page carries them; when they or the tiles cannot load, the
 * address and the map-app link beside it still say where the facility is.
 */
export function FacilityMap({ name, latitude, longitude, tiles }: FacilityMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let remove: (() => void) | null = null;
    void Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')])
      .then(([{ default: L }]) => {
        if (disposed || !container.current) return;
        // The wheel scrolls the page, not the map; the zoom buttons speak the page's language.
        const map = L.map(container.current, { scrollWheelZoom: false, zoomControl: false });
        map.setView([latitude, longitude], 16);
        L.control
          .zoom({
            zoomInTitle: t('childcare.facility.zoomIn'),
            zoomOutTitle: t('childcare.facility.zoomOut'),
          })
          .addTo(map);
        L.tileLayer(tiles.urlTemplate, {
          maxZoom: 18,
          attribution: `<a href="${escapeHtml(tiles.attributionUrl)}" target="_blank" rel="noreferrer">${escapeHtml(tiles.attribution)}</a>`,
        }).addTo(map);
        L.marker([latitude, longitude], {
          title: name,
          alt: name,
          keyboard: false,
          icon: L.icon({
            iconUrl: markerIconUrl,
            iconRetinaUrl: markerIcon2xUrl,
            shadowUrl: markerShadowUrl,
            iconSize: [25, 41],
            iconAnchor: [12, 41],
            shadowSize: [41, 41],
          }),
        }).addTo(map);
        remove = () => map.remove();
      })
      .catch(() => {
        if (!disposed) setFailed(true);
      });
    return () => {
      disposed = true;
      remove?.();
    };
  }, [name, latitude, longitude, tiles, t]);

  if (failed) return null;
  return (
    <div className="facility-map">
      <a className="skip-link" href={`#${afterMapId}`}>
        {t('childcare.facility.skipMap')}
      </a>
      <div
        ref={container}
        className="facility-map__canvas"
        role="region"
        aria-label={t('childcare.facility.mapLabel', { name })}
      />
      <span id={afterMapId} tabIndex={-1} />
    </div>
  );
}
