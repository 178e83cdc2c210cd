import { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import { fateGroups, placesWithFate, type Fate } from '@site/src/content/photoPlaces';
import styles from './styles.module.css';

/** A small picture for each fate. Decorative: the group title says the same in words. */
function FateIcon({ fate }: { fate: Fate }): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
      {fate === 'erased' && (
        <path
          d="M8 8l8 8M16 8l-8 8"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      )}
      {fate === 'restored' && (
        <path
          d="M16.5 9.5A5 5 0 1 0 17 14M17 6v4h-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      {fate === 'untouched' && (
        <path
          d="M7 12.5l3.2 3.2L17 9"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

/**
 * The start page's diagram: where photos can be, grouped by what an erase-and-restore does to
 * them. Plain HTML and CSS drawn from src/content/photoPlaces, so it needs no JavaScript, follows
 * the colour mode, and reads as lists to a screen reader; the caption says it in one sentence.
 */
export default function WherePhotosLive(): ReactNode {
  const captionId = useId();
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <div className={styles.groups}>
        {fateGroups.map((group) => (
          <section
            key={group.fate}
            className={clsx(styles.group, styles[group.fate])}
            aria-label={group.title}
          >
            <p className={styles.groupTitle}>
              <FateIcon fate={group.fate} />
              <span>{group.title}</span>
            </p>
            <p className={styles.summary}>{group.summary}</p>
            <ul className={styles.places}>
              {placesWithFate(group.fate).map((place) => (
                <li key={place.id} className={styles.place}>
                  <strong className={styles.placeName}>{place.name}</strong>
                  <span className={styles.placeText}>{place.whatHappens}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <figcaption id={captionId} className={styles.caption}>
        Where your photos can be, and what erasing and restoring your iPhone does to each place.
        Only photos kept on the phone are wiped; the restore puts back what was in the backup you
        chose; everything kept outside the phone is not touched.
      </figcaption>
    </figure>
  );
}
