import katex from 'katex';
import React, { useMemo } from 'react';

/**
 * Typeset TeX to KaTeX's HTML. Throws on invalid TeX so a mistake stops the render
 * instead of showing red error text in the video. `\htmlClass` is allowed so a
 * caller can style parts of a formula.
 */
export const texToHtml = (tex: string, displayMode = false): string =>
  katex.renderToString(tex, {
    displayMode,
    throwOnError: true,
    output: 'html',
    trust: (context) => context.command === '\\htmlClass',
    // \htmlClass is an HTML extension, which strict mode would reject; the rest stays strict.
    strict: (errorCode: string) => (errorCode === 'htmlExtension' ? 'ignore' : 'error'),
  });

type TexProps = {
  readonly tex: string;
  readonly displayMode?: boolean;
  readonly style?: React.CSSProperties;
  readonly className?: string;
};

/**
 * Draws a TeX snippet, typeset once per distinct `tex` value. The markup object is kept
 * too: React compares `dangerouslySetInnerHTML` by object, not by text, so a new object
 * on every frame would make the browser parse and lay out the formula again each time.
 */
export const Tex: React.FC<TexProps> = ({ tex, displayMode = false, style, className }) => {
  const markup = useMemo(() => ({ __html: texToHtml(tex, displayMode) }), [tex, displayMode]);
  return <span className={className} style={style} dangerouslySetInnerHTML={markup} />;
};
