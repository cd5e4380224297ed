/**
 * The part of pdfmake 0.3 (Node build) the statement uses. @types/pdfmake
 * pulls the DOM library into the whole server's types, so it is not used.
 */
declare module 'pdfmake' {
  export type PdfCell = string | ({ text: string } & PdfStyle) | PdfBlock;
  export interface PdfStyle {
    bold?: boolean;
    italics?: boolean;
    fontSize?: number;
    fillColor?: string;
    alignment?: 'left' | 'right' | 'center';
    margin?: number[];
    style?: string;
    font?: string;
  }
  export type PdfBlock =
    | string
    | ({ text: string | PdfBlock[] } & PdfStyle)
    | ({ table: { headerRows?: number; widths?: (number | string)[]; body: PdfCell[][] } } & PdfStyle)
    | ({ columns: PdfBlock[] } & PdfStyle);
  export interface PdfDocument {
    pageSize?: string;
    pageOrientation?: 'portrait' | 'landscape';
    pageMargins?: number[];
    info?: { title?: string; creator?: string };
    content: PdfBlock[];
    footer?: (page: number, pages: number) => PdfBlock;
    defaultStyle?: PdfStyle;
    styles?: Record<string, PdfStyle>;
  }
  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  const pdfmake: {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(document: PdfDocument): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
