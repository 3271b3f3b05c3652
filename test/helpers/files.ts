/** Raw file contents for the file problems the command line must explain. */

/** The signature of an OLE compound file: a legacy .xls, or an encrypted .xlsx. */
export const OLE_BYTES = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
