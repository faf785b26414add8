#pragma once
// Every fixed word the printouts put on paper, one table per language (labels.cpp). The national
// name and motto stay in Vietnamese on both: they are the heading of every state document
// (Decree 30/2020/NĐ-CP Annex I); the English tables add a translation line under each.
#include <array>
#include <string_view>

namespace motcua::printouts {

struct Labels {
  // National header block.
  std::string_view country_name;       // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  std::string_view motto;              // Độc lập - Tự do - Hạnh phúc
  std::string_view country_name_note;  // a translation line under the name, or empty
  std::string_view motto_note;         // a translation line under the motto, or empty
  // "{place}, {date}"; {date} is one of the two patterns below.
  std::string_view place_date;
  // {day} {month} {year}: Vietnamese writes "ngày 05 tháng 3 năm 2026", English "5 March 2026".
  std::string_view issue_date;
  std::array<std::string_view, 12> month_names;  // empty in Vietnamese, which writes numbers
  bool pad_day_and_early_months = false;         // Decree 30/2020 Annex I: "05", "tháng 01"
  // "hh:mm ngày dd/mm/yyyy": the clock-and-date of the forms; {clock} {date}.
  std::string_view clock_date;
  char decimal_mark = ',';
  std::string_view missing;  // a blank to fill by hand, as on the paper form

  // Shared by both documents.
  std::string_view dossier_code;  // Mã hồ sơ
  std::string_view lookup_hint;   // under the QR code
  std::string_view applicant_name;
  std::string_view citizen_id;
  std::string_view address;
  std::string_view phone;
  std::string_view email;
  std::string_view procedure;      // the request: {name} (…: {code})
  std::string_view page_footer;    // {code} {page} {pages}
  std::string_view number_column;  // STT

  // Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 01/2018/TT-VPCP Mẫu 01, kept as
  // Mẫu 01 by Circular 03/2025/TT-VPCP Annex I).
  std::string_view form_01_number;  // top right, as on the Annex template
  std::string_view form_01_name;    // the PDF's title, in sentence case
  std::string_view form_01_title;
  std::string_view form_01_desk;  // Bộ phận tiếp nhận và trả kết quả: {unit}
  std::string_view form_01_received_from;
  std::string_view form_01_components;  // 1. Thành phần hồ sơ nộp gồm
  std::string_view component_column;
  std::string_view originals_column;
  std::string_view copies_column;
  std::string_view quantity_column;
  std::string_view form_01_sets;         // 2. Số lượng hồ sơ: {count} (bộ)
  std::string_view form_01_duration;     // 3. … {days} ngày làm việc
  std::string_view form_01_received_at;  // 4. Thời gian nhận hồ sơ
  std::string_view form_01_due_at;       // 5. Thời gian trả kết quả giải quyết hồ sơ
  std::string_view form_01_collect_at;   // 6. Đăng ký nhận kết quả tại
  std::string_view by_post;              // appended to the place when the result goes by post
  std::string_view online;               // … or through the system
  std::string_view submitter;
  std::string_view receiver;
  std::string_view signature_hint;

  // Electronic acknowledgement of an online submission (status 1, Mới đăng ký).
  std::string_view ack_name;
  std::string_view ack_title;
  std::string_view ack_intro;
  std::string_view ack_submitted_at;
  std::string_view ack_status;
  std::string_view ack_status_value;
  std::string_view ack_receiving_unit;
  std::string_view ack_files;
  std::string_view file_name_column;
  std::string_view file_size_column;
  std::string_view file_hash_column;
  std::string_view ack_no_files;
  std::string_view ack_note;
  std::string_view ack_system_issued;  // in place of a signature: issued by the system

  // The visible stamp of a digital signature.
  std::string_view stamp_signed_by;  // "Ký số bởi"
  std::string_view stamp_time;       // "Thời gian ký"
  std::string_view stamp_verify;     // "Xác thực tại"
  std::string_view stamp_reason;     // the signature's /Reason: {code}

  // Form 07, Sổ theo dõi hồ sơ.
  std::string_view register_number;       // "Mẫu số 07"
  std::string_view register_number_2018;  // "Mẫu số 06" in Circular 01/2018/TT-VPCP
  std::string_view register_name;
  std::string_view register_period;  // {from} {to}
  std::string_view register_code;
  std::string_view register_procedure;
  std::string_view register_applicant;
  std::string_view register_contact;
  std::string_view register_competent;
  std::string_view register_received;
  std::string_view register_due;
  std::string_view register_returned;
  std::string_view register_receipt;  // the applicant signs for the result
  std::string_view register_note;
  std::string_view register_late;
  std::string_view register_empty;
  std::string_view register_footer;  // {page} {pages}
};

// The table for `lang` ("vi", "en"); Vietnamese for anything else, the language of the forms.
const Labels& labels_for(std::string_view lang);

}  // namespace motcua::printouts
