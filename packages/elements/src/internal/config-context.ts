import { createContext } from '@lit/context';
import type { GosConfig } from '@gos-elements/core';

/** Provided by `<gos-config>` to its descendants (through shadow roots too). */
export const gosConfigContext = createContext<GosConfig>(Symbol.for('gos-elements.config'));
