/**
 * Addresses of the public childcare pages: one per municipality under its 6-digit
 * 全国地方公共団体コード, stable enough to print on a leaflet or put in a QR code.
 */
export const childcarePaths = {
  search: '/m/:code/childcare',
  facility: '/m/:code/childcare/facilities/:id',
  vacancies: '/m/:code/childcare/vacancies',
} as const;

const code = (municipalityCode: string) => encodeURIComponent(municipalityCode);

export function childcareSearchPath(municipalityCode: string, search = ''): string {
  return `/m/${code(municipalityCode)}/childcare${search}`;
}

export function facilityPath(municipalityCode: string, facilityId: string): string {
  return `/m/${code(municipalityCode)}/childcare/facilities/${encodeURIComponent(facilityId)}`;
}

export function vacancyTablePath(municipalityCode: string): string {
  return `/m/${code(municipalityCode)}/childcare/vacancies`;
}
