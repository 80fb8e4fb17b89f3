import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeImageName, sniffImageType } from './imageCheck';

test('a picture is what its magic bytes say', () => {
  assert.equal(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png');
  assert.equal(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
  assert.equal(sniffImageType(new TextEncoder().encode('GIF89a...')), 'image/gif');
  assert.equal(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')), 'image/webp');
  assert.equal(sniffImageType(new TextEncoder().encode('<svg onload=alert(1)>')), null);
  assert.equal(sniffImageType(new TextEncoder().encode('MZ\x90\0')), null);
  assert.equal(safeImageName('image/jpeg'), 'image.jpg');
});
