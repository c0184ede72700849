export declare const SKIP_MESSAGE: string;
/** The installed Electron executable, or undefined when the binary is not installed. */
export declare function electronBinary(): string | undefined;
