import { describe, expect, it } from 'vitest';
import { capitaliseSentenceStarts, fleschKincaidGrade, maxGuideGrade } from './readability';

describe('readability', () => {
  it('capitalises sentence starts so sentences that begin with "iPhone" still split', () => {
    expect(capitaliseSentenceStarts('iPhone is on. iCloud is off.\nphotos wait.')).toBe(
      'IPhone is on. ICloud is off.\nPhotos wait.',
    );
  });

  it('passes short, plain sentences', () => {
    const plain =
      'Open the app. Tap your name. Check the photos. Wait for them to load. Keep the phone on Wi-Fi.';
    expect(fleschKincaidGrade(plain)).toBeLessThanOrEqual(maxGuideGrade);
  });

  it('fails long sentences full of long words', () => {
    const dense =
      'Notwithstanding the aforementioned considerations, synchronisation of photographic documentation necessitates uninterrupted connectivity, sufficient authorisation, and comprehensive administrative configuration of interdependent organisational infrastructure.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(maxGuideGrade);
  });
});
