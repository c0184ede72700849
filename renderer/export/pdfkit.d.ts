// pdfkit's self-contained browser build (its Node build needs fs, zlib and streams): the same class.
declare module 'pdfkit/js/pdfkit.standalone.js' {
  import PDFDocument from 'pdfkit';
  export default PDFDocument;
}
