import { AppError } from '../../../shared/contract/errors';

const TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const MAX = 1_500_000;

/** A picked image as the chat carries it: PNG, JPEG, GIF or WebP, at most 1.5 MB, base64. */
export function readImage(file: File): Promise<{ filename: string; contentType: string; dataBase64: string }> {
  if (!TYPES.includes(file.type)) return Promise.reject(new AppError('INVALID_INPUT', 'chat images must be PNG, JPEG, GIF or WebP'));
  if (file.size > MAX) return Promise.reject(new AppError('INVALID_INPUT', 'the image is larger than 1.5 MB'));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.onload = () => resolve({ filename: file.name, contentType: file.type, dataBase64: String(reader.result).split(',')[1] ?? '' });
    reader.readAsDataURL(file);
  });
}
