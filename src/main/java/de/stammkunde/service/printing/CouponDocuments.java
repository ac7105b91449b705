package de.stammkunde.service.printing;

import de.stammkunde.service.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Coupons as files: one coupon as PDF or PNG, a whole campaign as one PDF (several coupons per A4 page). */
public final class CouponDocuments {

    /** A coupon PDF (one coupon) or a campaign PDF (many), reporting progress per coupon and stopping on cancel. */
    public void writePdf(List<PrintableCoupon> coupons, Path target, Progress progress) throws IOException {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** One coupon as a PNG image. */
    public void writePng(PrintableCoupon coupon, Path target) throws IOException {
        throw new UnsupportedOperationException("issue 3: in progress");
    }
}
