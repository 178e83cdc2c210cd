import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleProvider, type ArticleLinkInfo } from '@site/src/components/ArticleContext';
import SettingsPath from '@site/src/components/SettingsPath';
import AnswerHeading, { nodeText } from './index';

const faq: ArticleLinkInfo = {
  id: 121,
  type: 'faq',
  title: 'FAQ: photos after a restore',
  path: '/faq/after-a-restore',
  url: 'https://photos.example.org/faq/after-a-restore',
};

describe('nodeText', () => {
  it('reads the text of MDX heading children, including menu paths', () => {
    expect(
      nodeText([
        'Why is ',
        <strong key="a">Photos</strong>,
        ' empty in ',
        <SettingsPath key="b" path="Settings > Photos" />,
        '?',
      ]),
    ).toBe('Why is Photos empty in Settings > Photos?');
  });
});

describe('AnswerHeading', () => {
  it('gives every FAQ question copy buttons for its own anchor', () => {
    render(
      <ArticleProvider value={faq}>
        <AnswerHeading id="photos-blurry">
          Why are my photos <strong>blurry</strong>?
        </AnswerHeading>
      </ArticleProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveAttribute('id', 'photos-blurry');
    expect(
      screen.getByRole('button', {
        name: 'Copy link to the answer “Why are my photos blurry?”',
      }),
    ).toBeInTheDocument();
  });

  it('is a plain heading outside FAQ pages and outside articles', () => {
    render(
      <>
        <ArticleProvider value={{ ...faq, type: 'guide' }}>
          <AnswerHeading id="steps">Steps</AnswerHeading>
        </ArticleProvider>
        <AnswerHeading id="elsewhere">Elsewhere</AnswerHeading>
      </>,
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
