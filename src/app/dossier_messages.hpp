#pragma once
// two-way messages between the applicant and the agency about one dossier (requirements
// P5). Only the owner and the officials of the dossier's receiving or competent unit may read or
// write them; to anyone else the dossier does not exist (404).
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

inline constexpr std::size_t kMaxMessageBytes = 4000;

class DossierMessages {
 public:
  explicit DossierMessages(Services& services) : services_(services) {}

  std::vector<DossierMessage> list(const Principal& who, const std::string& code);
  // The owner writes as the citizen side, an official of either unit as the agency side (and the
  // owner is notified). Empty or overlong text is invalid input on field "body".
  DossierMessage post(const Principal& who, const std::string& code, const std::string& body);

 private:
  Services& services_;
};

// The side `user` writes on for `dossier`, or "" when they may not take part.
std::string message_side(const User& user, const core::Dossier& dossier,
                         const std::vector<core::Unit>& units);

}  // namespace motcua::app
