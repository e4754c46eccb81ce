// What the cabinet accepts as an uploaded file. Zod-free, so an element that checks a chosen file in the page does
// not ship the schemas.

/** Files the cabinet accepts, by content (magic bytes), never by name. */
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
