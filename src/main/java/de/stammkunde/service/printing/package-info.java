/**
 * Cards and coupons on paper and as files: barcodes and QR codes (ZXing), credit-card-size PDF
 * (PDFBox, standard fonts, bars as vector rectangles) and PNG (Java 2D), campaign sheets. One
 * layout per document draws on a {@code Sheet}, either a PDF page or an image.
 */
package de.stammkunde.service.printing;
