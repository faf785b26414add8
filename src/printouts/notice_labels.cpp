#include "printouts/notice_labels.hpp"

#include <array>

namespace motcua::printouts {
namespace {

const NoticeLabels kVietnamese{
    .supplement = {"Mẫu số 02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
                   "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                   "{unit} đã nhận hồ sơ của ông/bà {applicant} đề nghị giải quyết thủ tục "
                   "{procedure}. Sau khi xem xét, hồ sơ cần được bổ sung, hoàn thiện như sau:",
                   "Lý do"},
    .refusal = {"Mẫu số 03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
                "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                "{unit} đã nhận hồ sơ của ông/bà {applicant} đề nghị giải quyết thủ tục "
                "{procedure}. Sau khi xem xét, cơ quan xin thông báo không tiếp nhận, giải quyết "
                "hồ sơ này.",
                "Lý do từ chối"},
    .apology = {"Mẫu số 04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
                "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ",
                "{unit} đã tiếp nhận hồ sơ của ông/bà {applicant} đề nghị giải quyết thủ tục "
                "{procedure}. Hồ sơ không giải quyết được đúng hạn; cơ quan xin lỗi ông/bà và hẹn "
                "lại thời gian trả kết quả.",
                "Lý do chậm giải quyết"},
    .stop = {"Mẫu số 05", "Thông báo dừng giải quyết hồ sơ", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
             "{unit} thông báo dừng giải quyết hồ sơ của ông/bà {applicant} đề nghị giải quyết "
             "thủ tục {procedure}.",
             "Lý do dừng giải quyết"},
    .control = {"Mẫu số 06", "Phiếu kiểm soát quá trình giải quyết hồ sơ",
                "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Hồ sơ của ông/bà {applicant}, thủ tục {procedure}, tiếp nhận tại {unit}.", ""},
    .apology_2018 = {"Mẫu số 04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
                     "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                     "{unit} đã tiếp nhận hồ sơ của ông/bà {applicant} đề nghị giải quyết thủ tục "
                     "{procedure}. Hồ sơ không giải quyết được đúng hạn; cơ quan xin lỗi ông/bà "
                     "và hẹn lại ngày trả kết quả.",
                     "Lý do chậm giải quyết"},
    .control_2018 = {"Mẫu số 05", "Phiếu kiểm soát quá trình giải quyết hồ sơ",
                     "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                     "Hồ sơ của ông/bà {applicant}, thủ tục {procedure}, tiếp nhận tại {unit}.",
                     ""},
    .papers = "Giấy tờ cần bổ sung, hoàn thiện",
    .old_due = "Thời hạn trả kết quả đã hẹn",
    .new_due = "Thời hạn trả kết quả hẹn lại",
    .issued_by = "Người lập",
    .received_at = "Thời gian tiếp nhận",
    .due_at = "Thời hạn trả kết quả",
    .outcome = "Kết quả giải quyết",
    .time_column = "Thời gian",
    .actor_column = "Người thực hiện",
    .action_column = "Nội dung",
    .status_column = "Trạng thái",
    .note_column = "Ghi chú",
    .leader = "THỦ TRƯỞNG CƠ QUAN",
};

const NoticeLabels kEnglish{
    .supplement = {"Form 02", "Request for additional documents",
                   "REQUEST FOR ADDITIONAL DOCUMENTS",
                   "{unit} received the dossier of {applicant} for {procedure}. After review, the "
                   "dossier needs the following:",
                   "Reason"},
    .refusal = {"Form 03", "Refusal to accept the dossier", "REFUSAL TO ACCEPT THE DOSSIER",
                "{unit} received the dossier of {applicant} for {procedure} and cannot accept it.",
                "Reason for refusal"},
    .apology = {"Form 04", "Apology and extension of the time limit",
                "APOLOGY AND EXTENSION OF THE TIME LIMIT",
                "{unit} received the dossier of {applicant} for {procedure}. It cannot be resolved "
                "on time; we apologise and set a new date for the result.",
                "Reason for the delay"},
    .stop = {"Form 05", "Notice of stopping the handling of the dossier",
             "NOTICE OF STOPPING THE HANDLING OF THE DOSSIER",
             "{unit} stops handling the dossier of {applicant} for {procedure}.",
             "Reason for stopping"},
    .control = {"Form 06", "Control sheet of the dossier's handling",
                "CONTROL SHEET OF THE DOSSIER'S HANDLING",
                "Dossier of {applicant}, procedure {procedure}, received at {unit}.", ""},
    .apology_2018 =
        {"Form 04", "Apology and new date for the result", "APOLOGY AND NEW DATE FOR THE RESULT",
         "{unit} received the dossier of {applicant} for the procedure {procedure}. It "
         "could not be settled in time; we apologise and give a new date for the result.",
         "Reason for the delay"},
    .control_2018 = {"Form 05", "Control sheet of the dossier's handling",
                     "CONTROL SHEET OF THE DOSSIER'S HANDLING",
                     "Dossier of {applicant}, procedure {procedure}, received at {unit}.", ""},
    .papers = "Documents to add or complete",
    .old_due = "Date of the result as first set",
    .new_due = "New date of the result",
    .issued_by = "Issued by",
    .received_at = "Received at",
    .due_at = "Due",
    .outcome = "Outcome",
    .time_column = "Time",
    .actor_column = "Official",
    .action_column = "Action",
    .status_column = "Status",
    .note_column = "Note",
    .leader = "HEAD OF THE AGENCY",
};

// name → {Vietnamese, English}
constexpr std::array<std::array<std::string_view, 3>, 20> kWords{{
    {"intake", "Tiếp nhận trực tiếp", "Counter intake"},
    {"submit", "Nộp trực tuyến", "Filed online"},
    {"receive", "Tiếp nhận hồ sơ", "Received"},
    {"refuse", "Từ chối tiếp nhận", "Refused"},
    {"request-supplement", "Yêu cầu bổ sung", "Papers requested"},
    {"answer-supplement", "Bổ sung hồ sơ", "Papers added"},
    {"forward", "Chuyển xử lý", "Forwarded"},
    {"request-payment", "Yêu cầu nộp phí", "Fee requested"},
    {"record-payment", "Đã nộp phí", "Fee paid"},
    {"withdraw", "Rút hồ sơ", "Withdrawn"},
    {"stop", "Dừng xử lý", "Stopped"},
    {"approve", "Phê duyệt", "Approved"},
    {"return-result", "Trả kết quả", "Result returned"},
    {"apologize", "Xin lỗi, hẹn lại", "Apology, new date"},
    {"complete-step", "Hoàn thành bước", "Step completed"},
    {"send-back", "Trả lại bước trước", "Sent back"},
    {"recall", "Rút lại bước", "Step taken back"},
    {"early", "Trước hạn", "Early"},
    {"on_time", "Đúng hạn", "On time"},
    {"late", "Quá hạn", "Late"},
}};

std::string_view words_for(std::string_view lang, std::string_view name) {
  for (const auto& entry : kWords)
    if (entry[0] == name) return lang == "en" ? entry[2] : entry[1];
  return name;
}

}  // namespace

std::string_view action_words(std::string_view lang, std::string_view action) {
  return words_for(lang, action);
}

std::string_view timeliness_words(std::string_view lang, std::string_view timeliness) {
  return words_for(lang, timeliness);
}

const NoticeLabels& notice_labels_for(std::string_view lang) {
  return lang == "en" ? kEnglish : kVietnamese;
}

const NoticeText& notice_text(const NoticeLabels& labels, app::Printout form, bool numbering_2018) {
  if (numbering_2018 && form == app::Printout::form_04) return labels.apology_2018;
  if (numbering_2018 && form == app::Printout::form_06) return labels.control_2018;
  switch (form) {
    case app::Printout::form_02:
      return labels.supplement;
    case app::Printout::form_03:
      return labels.refusal;
    case app::Printout::form_04:
      return labels.apology;
    case app::Printout::form_05:
      return labels.stop;
    default:
      return labels.control;
  }
}

}  // namespace motcua::printouts
