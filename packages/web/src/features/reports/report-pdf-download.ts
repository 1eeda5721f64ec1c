import { call } from '../../api/client.ts';
import { saveBlob } from '../../ui/save-blob.ts';

/** Fetches the report's PDF and saves it under the name the server gives. */
export async function downloadReportPdf(id: string) {
  const pdf = await call('getReportPdf', { params: { id } });
  const bytes = Uint8Array.from(atob(pdf.contentBase64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: 'application/pdf' }), pdf.fileName);
}

export const publicationPath = (id: string) => `/reports/${encodeURIComponent(id)}/publication`;
