/** Path of the Chromium binary the browser tests drive (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`). */
export declare const chromiumPath: string;
/** Flags Chromium needs here: root without a sandbox, no GPU, no network side-traffic, no tab throttling. */
export declare const chromiumArgs: readonly string[];
