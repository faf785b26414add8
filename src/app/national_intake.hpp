#pragma once
// Dossiers filed on the national portal (requirements §13.6): read from its feed in filing order,
// each taken once into the receiving unit's queue (status 1) under the code it came with, with its
// e-form and files. Several processes may poll: the inbox key makes each dossier arrive once.
#include "app/services.hpp"

namespace motcua::app {

class NationalIntake {
 public:
  explicit NationalIntake(Services& services) : services_(services) {}

  // Reads what was filed since the last pass; returns how many dossiers arrived.
  int poll(int limit = 50);

  // The account national-portal dossiers belong to when no account holds the applicant's ID.
  static constexpr const char* kConnectorAccount = "cong-dvcqg";

 private:
  bool take(const NationalDossier& item);

  Services& services_;
};

}  // namespace motcua::app
