#pragma once
// the two documents an applicant keeps (requirements §2.4, P4): the electronic
// acknowledgement of an online submission, and form 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
// issued when the desk receives the dossier. Form 01 is drawn once, at reception, and stored by
// SHA-256 so the paper the applicant holds never changes afterwards; its QR code opens the public
// lookup <public_url>/tra-cuu?ma=<code>.
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

inline constexpr const char* kForm01 = "form_01";

// The public lookup address of a dossier, encoded in form 01's QR code.
std::string lookup_url(const Policy& policy, const std::string& code);

// Draws form 01 and keeps it, inside the receiving transaction (official_work receive). `receiver`
// is the official who received it. Does nothing without a printer.
void issue_form_01(Services& services, Transaction& tx, const core::Dossier& dossier,
                   const User& receiver);

class DossierPrintouts {
 public:
  explicit DossierPrintouts(Services& services) : services_(services) {}

  // The acknowledgement, for the owner only, once submitted (not_found for anyone else).
  std::string acknowledgement(const Principal& who, const std::string& code,
                              const std::string& lang);
  // Form 01 as issued, for the owner and the officials who may see the dossier; conflict (409)
  // before reception. A dossier received before form 01 was kept gets it drawn and kept now.
  std::string form_01(const Principal& who, const std::string& code);
  // Forms 02–06 (Circular 03/2025/TT-VPCP numbering) for the owner and the officials who may see
  // the dossier; not_found while the form does not apply (02 before a request for papers, 03
  // unless refused, 04 unless apologised, 05 unless stopped, 06 before reception).
  std::string notice(const Principal& who, const std::string& code, Printout form,
                     const std::string& lang, bool numbering_2018 = false);
  // The e-receipt of a payment PayGov confirmed (requirements P10), for the owner and the
  // officials who may see the dossier; not_found for a payment of another dossier or not paid.
  std::string payment_receipt(const Principal& who, const std::string& code,
                              const std::string& payment_id, const std::string& lang);

 private:
  // A document to serve as kept or to draw, sign and keep under `kind`.
  struct Drawing {
    Printout form = Printout::acknowledgement;
    DossierDetail detail;
    PrintContext context;
    std::string kind;         // as kept: form, language, state
    std::string signed_kind;  // as the signature records it
    long long unit_id = 0;    // the signing unit
    std::optional<StoredPrintout> kept;
  };
  std::string issue(const Drawing& drawing);

  Services& services_;
};

}  // namespace motcua::app
