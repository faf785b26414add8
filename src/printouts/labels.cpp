#include "printouts/labels.hpp"

namespace motcua::printouts {

namespace {

// Wording of form 01 follows the Annex template of Circular 01/2018/TT-VPCP (Mẫu 01), which
// Circular 03/2025/TT-VPCP keeps under the same number.
constexpr Labels kVietnamese{
    .country_name = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    .motto = "Độc lập - Tự do - Hạnh phúc",
    .country_name_note = "",
    .motto_note = "",
    .place_date = "{place}, {date}",
    .issue_date = "ngày {day} tháng {month} năm {year}",
    .month_names = {},
    .pad_day_and_early_months = true,
    .clock_date = "{clock} ngày {date}",
    .decimal_mark = ',',
    .missing = "……",

    .dossier_code = "Mã hồ sơ",
    .lookup_hint = "Quét mã QR để tra cứu tình trạng hồ sơ",
    .applicant_name = "Người nộp hồ sơ",
    .citizen_id = "Số định danh cá nhân",
    .address = "Địa chỉ",
    .phone = "Số điện thoại",
    .email = "Email",
    .procedure = "Nội dung yêu cầu giải quyết: {name} (mã thủ tục: {code})",
    .page_footer = "Mã hồ sơ {code} - Trang {page}/{pages}",
    .number_column = "STT",

    .form_01_number = "Mẫu số 01",
    .form_01_name = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    .form_01_title = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    .form_01_desk = "Bộ phận tiếp nhận và trả kết quả: {unit}",
    .form_01_received_from = "Tiếp nhận hồ sơ của",
    .form_01_components = "1. Thành phần hồ sơ nộp gồm:",
    .component_column = "Tên giấy tờ",
    .originals_column = "Bản chính",
    .copies_column = "Bản sao",
    .quantity_column = "Số lượng",
    .form_01_sets = "2. Số lượng hồ sơ: {count} (bộ)",
    .form_01_duration = "3. Thời gian giải quyết hồ sơ theo quy định là: {days} ngày làm việc",
    .form_01_received_at = "4. Thời gian nhận hồ sơ",
    .form_01_due_at = "5. Thời gian trả kết quả giải quyết hồ sơ",
    .form_01_collect_at = "6. Đăng ký nhận kết quả tại",
    .by_post = "qua dịch vụ bưu chính công ích",
    .online = "trực tuyến trên hệ thống",
    .submitter = "NGƯỜI NỘP HỒ SƠ",
    .receiver = "NGƯỜI TIẾP NHẬN HỒ SƠ",
    .signature_hint = "(Ký và ghi rõ họ tên)",

    .ack_name = "Giấy xác nhận nộp hồ sơ trực tuyến",
    .ack_title = "GIẤY XÁC NHẬN NỘP HỒ SƠ TRỰC TUYẾN",
    .ack_intro = "Hệ thống đã nhận hồ sơ nộp trực tuyến với các thông tin sau:",
    .ack_submitted_at = "Thời gian nộp hồ sơ",
    .ack_status = "Tình trạng",
    .ack_status_value = "Mới đăng ký, chờ tiếp nhận",
    .ack_receiving_unit = "Nơi tiếp nhận hồ sơ",
    .ack_files = "Các tệp đã tải lên:",
    .file_name_column = "Tên tệp",
    .file_size_column = "Dung lượng",
    .file_hash_column = "SHA-256 (đầu mã)",
    .ack_no_files = "Không có tệp nào được tải lên.",
    .ack_note =
        "Giấy này chỉ xác nhận hệ thống đã nhận hồ sơ, chưa phải giấy hẹn trả kết quả. Sau khi "
        "kiểm tra và tiếp nhận hồ sơ, cơ quan tiếp nhận gửi Giấy tiếp nhận hồ sơ và hẹn trả kết "
        "quả (Mẫu số 01), trong đó ghi thời gian trả kết quả.",
    .ack_system_issued = "Giấy xác nhận do hệ thống tự động cấp, không cần chữ ký.",
    .stamp_signed_by = "Ký số bởi",
    .stamp_time = "Thời gian ký",
    .stamp_verify = "Xác thực tại",
    .stamp_reason = "Văn bản giải quyết hồ sơ {code}",
};

constexpr Labels kEnglish{
    .country_name = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    .motto = "Độc lập - Tự do - Hạnh phúc",
    .country_name_note = "SOCIALIST REPUBLIC OF VIET NAM",
    .motto_note = "Independence - Freedom - Happiness",
    .place_date = "{place}, {date}",
    .issue_date = "{day} {month} {year}",
    .month_names = {"January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"},
    .pad_day_and_early_months = false,
    .clock_date = "{clock} on {date}",
    .decimal_mark = '.',
    .missing = "……",

    .dossier_code = "Dossier code",
    .lookup_hint = "Scan the QR code to follow the dossier",
    .applicant_name = "Applicant",
    .citizen_id = "Personal identification number",
    .address = "Address",
    .phone = "Phone",
    .email = "Email",
    .procedure = "Request: {name} (procedure code: {code})",
    .page_footer = "Dossier {code} - Page {page} of {pages}",
    .number_column = "No.",

    .form_01_number = "Form 01",
    .form_01_name = "Receipt of dossier and appointment for the result",
    .form_01_title = "RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT",
    .form_01_desk = "Reception and result desk: {unit}",
    .form_01_received_from = "Received the dossier of",
    .form_01_components = "1. Documents submitted:",
    .component_column = "Document",
    .originals_column = "Originals",
    .copies_column = "Copies",
    .quantity_column = "Quantity",
    .form_01_sets = "2. Number of sets: {count}",
    .form_01_duration = "3. Statutory processing time: {days} working days",
    .form_01_received_at = "4. Received at",
    .form_01_due_at = "5. Result to be returned at",
    .form_01_collect_at = "6. Result to be collected at",
    .by_post = "by public postal service",
    .online = "online through the system",
    .submitter = "APPLICANT",
    .receiver = "RECEIVING OFFICER",
    .signature_hint = "(Signature and full name)",

    .ack_name = "Acknowledgement of online submission",
    .ack_title = "ACKNOWLEDGEMENT OF ONLINE SUBMISSION",
    .ack_intro = "The system has received an online dossier with the following details:",
    .ack_submitted_at = "Submitted at",
    .ack_status = "Status",
    .ack_status_value = "Submitted, awaiting reception",
    .ack_receiving_unit = "Receiving unit",
    .ack_files = "Uploaded files:",
    .file_name_column = "File name",
    .file_size_column = "Size",
    .file_hash_column = "SHA-256 (prefix)",
    .ack_no_files = "No files were uploaded.",
    .ack_note =
        "This acknowledgement only confirms that the system has received the dossier; it is not "
        "an appointment. Once the dossier has been checked and received, the receiving unit issues "
        "the Receipt of dossier and appointment for the result (Form 01) stating when the result "
        "will be returned.",
    .ack_system_issued = "Issued automatically by the system; no signature is required.",
    .stamp_signed_by = "Signed by",
    .stamp_time = "Signed at",
    .stamp_verify = "Verify at",
    .stamp_reason = "Document on dossier {code}",
};

}  // namespace

const Labels& labels_for(std::string_view lang) { return lang == "en" ? kEnglish : kVietnamese; }

}  // namespace motcua::printouts
