#pragma once
// The standard forms and receipts as PDF (requirements §2.4, §13.5). Drawn by the printouts
// adapter; the use cases and pages only ask for bytes.
#include <string>

#include "app/dossier_detail.hpp"

namespace motcua::app {

enum class Printout {
  acknowledgement,  // electronic acknowledgement of an online submission (status 1)
  form_01,          // Giấy tiếp nhận hồ sơ và hẹn trả kết quả, with a QR code to the public lookup
};

struct PrintContext {
  std::string lang = "vi";
  std::string lookup_url;     // the public lookup URL of this dossier, encoded in the QR code
  std::string province_name;  // header line: the owning People's Committee / agency
  std::string applicant_name;
  std::string applicant_address;
  std::string applicant_phone;
  std::string applicant_email;
  std::string applicant_citizen_id;
  std::string receiver_name;  // the official who received it (form 01)
};

class Printer {
 public:
  virtual ~Printer() = default;
  // A complete PDF document. Throws std::runtime_error if it cannot be drawn.
  virtual std::string render(Printout printout, const DossierDetail& detail,
                             const PrintContext& context) const = 0;
};

}  // namespace motcua::app
