#!/usr/bin/env python3
"""Writes the bad-input corpus under input/ (run from this folder; deterministic).

Every file is a small, readable variation of one filler row per extract: the filler row of
data line L carries the number L - 1 in its key, so line numbers in expectations.csv can be
checked by eye. Keys are unique across the whole corpus (a per-file prefix), so no file
replaces another's rows. Files that are too big to commit (a 10 MB line, 10 000 columns),
links, named pipes and unreadable files are made by BadInputCorpusTests at test time.
"""
import os
import random
import shutil

HEADERS = {
    "units": "unit_code;unit_name;business_area;process;valid_from;valid_to",
    "staffing": "employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours",
    "invoices": "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek",
    "payslips": "payslip_id;pay_date;unit_code;employer_org;source",
    "contacts": "contact_id;received_at;channel;unit_code;outcome;wait_seconds;handle_seconds;resolved_first_contact",
    "sick_leave": "employee_ref;date;spell_start;sick_hours",
    "targets": "indicator_code;year;board_target;council_target",
}


def filler(extract, prefix, n):
    return {
        "units": f"{prefix}-U{n};Enhet {n};EKONOMI;CUSTOMER_INVOICING;2016-01-01;",
        "staffing": f"{prefix}-E{n};2017-01;EKO-KUND1;K;1980;100;1,0;168",
        "invoices": f"{prefix}-{n};CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1 234,50",
        "payslips": f"{prefix}-{n};2017-01-25;LON-1;KS;ELECTRONIC",
        "contacts": f"{prefix}-{n};2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;J",
        "sick_leave": f"{prefix}-E{n};2017-01-10;2017-01-09;8",
        "targets": f"HR_FTE;{prefix}{n:02d};1,5;2",
    }[extract]


def lines(extract, prefix, rows, overrides=None, header=None):
    """Header on line 1, filler rows on lines 2..rows+1, then the overrides by line number."""
    result = [header if header is not None else HEADERS[extract]]
    result += [filler(extract, prefix, n) for n in range(1, rows + 1)]
    for line, text in (overrides or {}).items():
        result[line - 1] = text
    return result


def write(relative, data):
    path = os.path.join("input", relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def text(content_lines, eol="\n", final_eol=True):
    return eol.join(content_lines) + (eol if final_eol else "")


def main():
    if os.path.isdir("input"):
        shutil.rmtree("input")
    inv = "invoices"
    # ---- whole-file failures
    write("invoices/empty.csv", b"")
    write("invoices/bom-only.csv", b"\xef\xbb\xbf")
    write("payslips/blank-lines-only.csv", "\n   \r\n\t\n\r")
    write("invoices/truncated-inside-quote.csv", text(lines(inv, "TQ", 20, {
        21: 'TQ-20;CUSTOMER;2017-01-10;EKO-KUND1;"K'}), final_eol=False))
    write("invoices/unbalanced-quote.csv", text(lines(inv, "UQ", 20, {
        7: 'UQ-6;CUSTOMER;2017-01-10;EKO-KUND1;"KS;ELECTRONIC;1'})))
    write("invoices/text-after-closing-quote.csv", text(lines(inv, "TA", 20, {
        4: 'TA-3;CUSTOMER;2017-01-10;EKO-KUND1;"KS"X;ELECTRONIC;1'})))
    garbage = random.Random(2017)
    write("payslips/binary-garbage.csv", b"\x89PNG\r\n\x1a\n" + bytes(garbage.randrange(256) for _ in range(4000)))
    write("payslips/control-characters.csv", "\x01\x02\x03\x04garbage\x05\x06\x7f\n\x07\x08\n")
    units = lines("units", "CP", 20)
    write("units/cp1252-as-utf8.csv", text(units[:3]).encode("utf-8")
          + "CP-U3;Lönecenter;LON;PAYROLL;2016-01-01;\n".encode("cp1252") + text(units[4:]).encode("utf-8"))
    write("units/utf16le-with-bom.csv", b"\xff\xfe" + text(lines("units", "UB", 20)).encode("utf-16-le"))
    write("contacts/utf16le-without-bom.csv", text(lines("contacts", "UN", 20)).encode("utf-16-le"))
    write("units/truncated-utf8-at-eof.csv", text(lines("units", "TU", 20, {
        21: "TU-U20;Lönecen"}), final_eol=False).encode("utf-8") + b"\xc3")
    write("invoices/duplicate-header.csv", text(lines(inv, "DH", 20, header=HEADERS[inv] + ";amount_sek")))
    write("invoices/duplicate-header-differing-case.csv", text(lines(
        inv, "DC", 20, header=HEADERS[inv].replace("invoice_id", "Invoice_ID") + ";invoice_id")))
    write("payslips/missing-required-column.csv", text(
        ["payslip_id;pay_date;unit_code;employer_org"] + [f"MR-{n};2017-01-25;LON-1;KS" for n in range(1, 21)]))
    write("invoices/mixed-delimiter-header.csv", text(lines(
        inv, "MH", 20, header=HEADERS[inv].replace("invoice_type;", "invoice_type,"))))
    write("invoices/html-error-page.csv", "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
          "<body><h1>502 Bad Gateway</h1></body></html>\n")
    write("invoices/excel-sep-line.csv", "sep=;\n" + text(lines(inv, "SL", 20)))
    write("invoices/above-reject-limit.csv", text(lines(inv, "AL", 20, {
        3: "AL-2;CUSTOMER;2017-13-01;EKO-KUND1;KS;ELECTRONIC;1",
        12: "AL-11;CUSTOMER;2017-01-32;EKO-KUND1;KS;ELECTRONIC;1"})))
    write("invoices/all-rows-bad.csv", text(
        [HEADERS[inv]] + [f"AB-{n};CUSTOMER;2017-01-10;EKO-KUND1;KS;FAX;1" for n in range(1, 4)]))
    # ---- files that load, with or without rejected rows
    write("invoices/header-only.csv", HEADERS[inv] + "\r\n")
    write("invoices/truncated-last-line.csv", text(lines(inv, "TL", 20, {
        21: "TL-20;CUSTOMER;2017-01"}), final_eol=False))
    write("invoices/stray-quotes-swallow-lines.csv", text(lines(inv, "SW", 20, {
        5: 'SW-4;CUSTOMER;2017-01-10;EKO-KUND1;"KS;ELECTRONIC;1',
        9: 'SW-8;CUSTOMER;2017-01-10;EKO-KUND1;KS";ELECTRONIC;1'})))
    write("contacts/nul-in-field.csv", text(lines("contacts", "NU", 20, {
        9: "NU-8;2017-01-10 08:00:00;PHONE;KC-\x001;ANSWERED;30;120;J"})))
    write("invoices/bom-in-middle.csv", text(lines(inv, "BM", 20, {12: "\ufeff" + HEADERS[inv]})))
    write("invoices/bom-at-line-start.csv", text(lines(inv, "BS", 20, {6: "\ufeff" + filler(inv, "BS", 5)})))
    write("invoices/bom-after-blank-line.csv", "\n\ufeff" + text(lines(inv, "BB", 20)))
    write("invoices/duplicate-unknown-columns.csv", text(
        [HEADERS[inv] + ";kommentar;Kommentar"] + [filler(inv, "DU", n) + ";a;b" for n in range(1, 21)]))
    write("payslips/ten-thousand-fields.csv", text(lines("payslips", "TF", 20, {
        3: filler("payslips", "TF", 2) + ";x" * 9995,
        4: filler("payslips", "TF", 3) + ";" * 9995})))
    write("invoices/mixed-delimiters.csv", text(lines(inv, "MD", 40, {
        8: "MD-7,CUSTOMER,2017-01-10,EKO-KUND1,KS,ELECTRONIC,1",
        15: "MD-14\tCUSTOMER\t2017-01-10\tEKO-KUND1\tKS\tELECTRONIC\t1"})))
    write("invoices/dates.csv", text(lines(inv, "DT", 200, {
        3: "DT-2;CUSTOMER;0000-01-01;EKO-KUND1;KS;ELECTRONIC;1",
        4: "DT-3;CUSTOMER;2017-02-29;EKO-KUND1;KS;ELECTRONIC;1",
        5: "DT-4;CUSTOMER;2017-04-31;EKO-KUND1;KS;ELECTRONIC;1",
        6: "DT-5;CUSTOMER;2017-1-5;EKO-KUND1;KS;ELECTRONIC;1",
        7: "DT-6;CUSTOMER;2017/01/05;EKO-KUND1;KS;ELECTRONIC;1",
        8: "DT-7;CUSTOMER;1900-02-29;EKO-KUND1;KS;ELECTRONIC;1",
        9: "DT-8;CUSTOMER;9999-12-31;EKO-KUND1;KS;ELECTRONIC;1",
        10: "DT-9;CUSTOMER;2016-02-29;EKO-KUND1;KS;ELECTRONIC;1",
        11: "DT-10;CUSTOMER;0001-01-01;EKO-KUND1;KS;ELECTRONIC;1",
        12: "DT-11;CUSTOMER; 2017-01-05 ;EKO-KUND1;KS;ELECTRONIC;1",
        13: "DT-12;CUSTOMER;2000-02-29;EKO-KUND1;KS;ELECTRONIC;1",
        14: "DT-13;CUSTOMER;1899-12-31;EKO-KUND1;KS;ELECTRONIC;1",
        15: "DT-14;CUSTOMER;1900-01-01;EKO-KUND1;KS;ELECTRONIC;1",
        16: "DT-15;CUSTOMER;2099-12-31;EKO-KUND1;KS;ELECTRONIC;1",
        17: "DT-16;CUSTOMER;2100-01-01;EKO-KUND1;KS;ELECTRONIC;1"})))
    write("units/dates.csv", text(lines("units", "UD", 20, {
        2: "UD-U1;Enhet 1;EKONOMI;CUSTOMER_INVOICING;2016-01-01;9999-12-31",
        3: "UD-U2;Enhet 2;EKONOMI;CUSTOMER_INVOICING;0000-01-01;",
        4: "UD-U3;Enhet 3;EKONOMI;CUSTOMER_INVOICING;0001-01-01;"})))
    write("invoices/number-overflow.csv", text(lines(inv, "NO", 80, {
        3: "NO-2;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;99999999999999999999",
        4: "NO-3;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;100 000 000 000",
        5: "NO-4;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;-123 456 789 012 345 678",
        6: "NO-5;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1e5",
        7: "NO-6;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;99 999 999 999,9999",
        8: "NO-7;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;0,12345678901234567890",
        9: "NO-8;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;-99999999999"})))
    write("staffing/out-of-range.csv", text(lines("staffing", "OR", 100, {
        3: "OR-E2;2017-01;EKO-KUND1;K;1980;100;1,0;-1",
        4: "OR-E3;2017-01;EKO-KUND1;K;1980;100;1,6;168",
        5: "OR-E4;2017-01;EKO-KUND1;K;1980;100,01;1,0;168",
        6: "OR-E5;2017-01;EKO-KUND1;K;1980;100;1,0;1 000 000 000",
        7: "OR-E6;2017-01;EKO-KUND1;K;2147483648;100;1,0;168",
        8: "OR-E7;2017-01;EKO-KUND1;K;1980;0;-0;0",
        9: "OR-E8;2017-01;EKO-KUND1;M;1980;100;1,5;999 999 999,999999"})))
    write("contacts/integer-overflow.csv", text(lines("contacts", "IO", 60, {
        3: "IO-2;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;2147483648;120;J",
        4: "IO-3;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;99999999999999;J",
        5: "IO-4;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;-1;120;J",
        6: "IO-5;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;2147483647;0;J"})))
    write("invoices/nan-infinity.csv", text(lines(inv, "NI", 100, {
        3: "NI-2;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;NaN",
        4: "NI-3;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;Infinity",
        5: "NI-4;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;-Infinity",
        6: "NI-5;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;∞",
        7: "NI-6;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;inf"})))
    write("sick_leave/negative-hours.csv", text(lines("sick_leave", "NH", 40, {
        5: "NH-E4;2017-01-10;2017-01-09;-8",
        9: "NH-E8;2017-01-10;2017-01-09;-0,5",
        10: "NH-E9;2017-01-10;2017-01-09;0"})))
    write("sick_leave/spell-start-after-date.csv", text(lines("sick_leave", "SA", 20, {
        7: "SA-E6;2017-01-10;2017-01-11;8",
        8: "SA-E7;2017-01-10;2017-01-10;8"})))
    write("units/overlapping-versions.csv", text(lines("units", "OV", 40, {
        2: "OV-X;Enhet X;EKONOMI;CUSTOMER_INVOICING;2016-01-01;2016-12-31",
        3: "OV-X;Enhet X;EKONOMI;CUSTOMER_INVOICING;2016-06-01;",
        4: "OV-X;Enhet X;LON;PAYROLL;2017-01-01;",
        5: "OV-Y;Enhet Y;EKONOMI;CUSTOMER_INVOICING;2017-06-01;2017-05-31"})))
    write("units/versions-across-files-1.csv", text([HEADERS["units"], "AX-1;Enhet A;EKONOMI;CUSTOMER_INVOICING;2016-01-01;"]))
    write("units/versions-across-files-2.csv", text([HEADERS["units"], "AX-1;Enhet B;LON;PAYROLL;2016-06-01;"]))
    write("payslips/duplicate-key.csv", text(lines("payslips", "DK", 20, {12: "DK-3;2017-01-26;LON-1;KS;MANUAL"})))
    write("payslips/field-count.csv", text(lines("payslips", "FC", 40, {
        3: "FC-2;2017-01-25;LON-1;KS;ELECTRONIC;extra",
        4: "FC-3;2017-01-25;LON-1;KS",
        5: "FC-4;2017-01-25;LON-1;KS;ELECTRONIC;;"})))
    write("contacts/rule-violations.csv", text(lines("contacts", "RV", 80, {
        3: "RV-2;2017-01-10 08:00:00;EMAIL;KC-1;ANSWERED;;120;J",
        4: "RV-3;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;;120;J",
        5: "RV-4;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;",
        6: "RV-5;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;kanske",
        7: "RV-6;2017-01-10 08:00:00;EMAIL;KC-1;HANDLED;;600;Nej",
        8: "RV-7;2017-01-10 08:00:00;CHAT;KC-1;ABANDONED;45;;",
        9: "RV-8;2017-01-10 08:00:00;phone;kc-1;answered;30;120;ja",
        10: "RV-9;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;Y",
        11: "RV-10;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;TRUE",
        12: "RV-11;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;1",
        13: "RV-12;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;n",
        14: "RV-13;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;False",
        15: "RV-14;2017-01-10 08:00:00;PHONE;KC-1;ANSWERED;30;120;0"})))
    write("contacts/timestamps.csv", text(lines("contacts", "TS", 80, {
        3: "TS-2;2017-01-10 24:00:00;PHONE;KC-1;ANSWERED;30;120;J",
        4: "TS-3;2017-01-10 08:00;PHONE;KC-1;ANSWERED;30;120;J",
        5: "TS-4;2017-01-10 08:00:00.123;PHONE;KC-1;ANSWERED;30;120;J",
        6: "TS-5;2017-02-29 08:00:00;PHONE;KC-1;ANSWERED;30;120;J",
        7: "TS-6;2017-01-10T08:00:00;PHONE;KC-1;ANSWERED;30;120;J"})))
    write("targets/bad-targets.csv", text(lines("targets", "19", 60, {
        3: "HR_FTE;1902;;",
        4: "NO_SUCH_INDICATOR;1903;1;2",
        5: "HR_FTE;1904.0;1;2",
        6: "HR_FTE;1905;;2"})))
    write("invoices/line-endings-mixed.csv",
          HEADERS[inv] + "\r\n"                                                     # line 1
          + filler(inv, "LE", 1) + "\n"                                             # line 2
          + filler(inv, "LE", 2) + "\r"                                             # line 3
          + 'LE-3;CUSTOMER;2017-01-10;EKO-KUND1;"Kund\r\nAB";ELECTRONIC;1\r'        # lines 4-5
          + "\r\n"                                                                  # line 6, blank
          + "LE-4;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;x\n"                  # line 7, rejected
          + "".join(filler(inv, "LE", n) + ("\r\n" if n % 2 else "\r") for n in range(5, 21)))  # lines 8-23
    write("invoices/UPPER-CASE.CSV", text(lines(inv, "UC", 5)))
    write("staffing/personnummer-in-rejected-row.csv", text(lines("staffing", "PN", 20, {
        6: "19121212-1212;2017-01;EKO-KUND1;Q;1980;100;1,0;168",
        7: "198501010000;2017-01;EKO-KUND1;M;1985;100;1,0;168"})))
    write("invoices/swedish-numbers.csv", text(lines(inv, "SN", 60, {
        3: "SN-2;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;\u00a0100",
        4: "SN-3;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1,234.50",
        5: "SN-4;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1.234,50",
        6: "SN-5;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;5 423,5",
        7: "SN-6;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;5\u00a0423,5",
        8: 'SN-7;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;"1 234 567,89"',
        9: "SN-8;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;-250,00",
        10: "SN-9;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;5423.5"})))
    write("invoices/quote-inside-unquoted-field.csv", text(lines(inv, "QU", 20, {
        5: 'QU-4;CUSTOMER;2017-01-10;EKO-KUND1;Kund "A";ELECTRONIC;1'})))
    write("invoices/ctrl-z-at-end.csv", text(lines(inv, "CZ", 20) + ["\x1a"]))
    # ---- not deliveries
    write("customers/2017-01.csv", text([HEADERS[inv], filler(inv, "XX", 1)]))
    write("stray.csv", text([HEADERS[inv], filler(inv, "XY", 1)]))
    write("invoices/readme.txt", "Fakturor från ekonomisystemet, en fil per natt.\n")
    write("invoices/2017-01.csv.bak", text(lines(inv, "BK", 3)))
    write("invoices/export.xlsx", b"PK\x03\x04" + bytes(range(256)))
    write("invoices/archive/2016-12.csv", text(lines(inv, "AR", 3)))


if __name__ == "__main__":
    main()
