#pragma once
// The standard forms and receipts as PDF (requirements §2.4, §13.5). Drawn by the printouts
// adapter; the use cases and pages only ask for bytes.
#include <optional>
#include <string>
#include <vector>

#include "app/dossier_detail.hpp"

namespace motcua::app {

enum class Printout {
  acknowledgement,  // electronic acknowledgement of an online submission (status 1)
  form_01,  // Giấy tiếp nhận hồ sơ và hẹn trả kết quả, with a QR code to the public lookup
  // Circular 03/2025/TT-VPCP numbering, each issued by the action that records it:
  form_02,  // Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (request-supplement)
  form_03,  // Phiếu từ chối tiếp nhận giải quyết hồ sơ (refuse)
  form_04,  // Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (apologize)
  form_05,          // Thông báo dừng giải quyết hồ sơ (stop)
  form_06,          // Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-off
  payment_receipt,  // Biên lai thu phí, lệ phí điện tử, once PayGov confirmed the payment
};

// What a payment receipt records (Decree 11/2020/NĐ-CP Art 32, requirements §9.4
// "ThongTinBienLai").
struct ReceiptDetails {
  std::string number;          // BL2026-000042
  std::string payment_id;      // MaThamChieu
  std::string transaction_id;  // MaGiaoDich
  long long amount = 0;        // VND
  core::Instant paid_at{};
};

struct PrintContext {
  std::string lang = "vi";
  bool numbering_2018 = false;  // Circular 01/2018/TT-VPCP's numbers and names, on request
  std::string lookup_url;       // the public lookup URL of this dossier, encoded in the QR code
  std::string province_name;    // header line: the owning People's Committee / agency
  std::string applicant_name;
  std::string applicant_address;
  std::string applicant_phone;
  std::string applicant_email;
  std::string applicant_citizen_id;
  std::string receiver_name;  // the official who received it (form 01)
  // Forms 02–05: the recorded action's time, official, reason and what it names (the papers asked
  // for; the old and new due dates of an apology).
  std::optional<core::Instant> action_at;
  std::string action_by;
  std::string reason;
  std::vector<std::string> items;
  std::optional<core::Instant> old_due_at;
  std::optional<core::Instant> new_due_at;
  std::optional<ReceiptDetails> receipt;  // the payment receipt's
};

// Form 07, Sổ theo dõi hồ sơ (Circular 03/2025/TT-VPCP; Mẫu 06 of Circular 01/2018): one row per
// dossier the unit received in the period.
struct RegisterEntry {
  std::string code;
  std::string procedure_name;
  std::string applicant_name;
  std::string applicant_address;
  std::string applicant_phone;
  std::string competent_unit;
  std::optional<core::Instant> received_at;
  std::optional<core::Instant> due_at;
  std::optional<core::Instant> returned_at;
  core::Status status = core::Status::received;
  bool late = false;  // returned after the due time, or still open past it
};

struct UnitRegister {
  core::Unit unit;
  core::LocalDate from{};
  core::LocalDate to{};  // inclusive
  std::vector<RegisterEntry> entries;
};

struct PeriodReportDocument;  // app/period_reports.hpp
struct IndexReportDocument;   // app/service_index_reports.hpp

class Printer {
 public:
  virtual ~Printer() = default;
  // A complete PDF document. Throws std::runtime_error if it cannot be drawn.
  virtual std::string render(Printout printout, const DossierDetail& detail,
                             const PrintContext& context) const = 0;
  // Form 07 on landscape A4 pages, the table's header repeated on each.
  virtual std::string render_register(const UnitRegister& register_book,
                                      const PrintContext& context) const = 0;
  // The periodic report (biểu 06a) on landscape A4 pages, the table's header repeated on each.
  virtual std::string render_period_report(const PeriodReportDocument& report,
                                           const PrintContext& context) const = 0;
  // The service indices of a unit and its subunits on landscape A4.
  virtual std::string render_index_report(const IndexReportDocument& report,
                                          const PrintContext& context) const = 0;
};

}  // namespace motcua::app
