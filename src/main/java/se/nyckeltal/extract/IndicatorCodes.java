package se.nyckeltal.extract;

/** The 22 indicator codes of the catalogue (docs/indicators.md): a target for any other code is rejected. */
final class IndicatorCodes {

    static final String[] ALL = {
        "EKO_CUST_INV_COUNT",
        "EKO_SUPP_INV_COUNT",
        "EKO_CUST_INV_PER_FTE_MONTH",
        "EKO_SUPP_INV_PER_FTE_MONTH",
        "EKO_CUST_INV_ELECTRONIC_PCT",
        "EKO_SUPP_INV_ELECTRONIC_PCT",
        "LON_PAYSLIP_COUNT",
        "LON_PAYSLIPS_PER_FTE_MONTH",
        "LON_ELECTRONIC_PCT",
        "KC_CONTACT_COUNT",
        "KC_PHONE_PCT",
        "KC_ANSWERED_60S_PCT",
        "KC_ANSWERED_120S_PCT",
        "KC_AVAILABILITY_PCT",
        "KC_FIRST_CONTACT_RESOLUTION_PCT",
        "HR_FTE",
        "HR_SICK_LEAVE_PCT",
        "HR_SICK_LEAVE_DAY1_14_PCT",
        "HR_LONG_TERM_SICK_SHARE_PCT",
        "HR_SICK_LEAVE_AGE_29_PCT",
        "HR_SICK_LEAVE_AGE_30_49_PCT",
        "HR_SICK_LEAVE_AGE_50_PCT",
    };

    private IndicatorCodes() {}
}
