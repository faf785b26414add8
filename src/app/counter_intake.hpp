#pragma once
// Counter and postal intake (requirements §2.1, API.md "Counter and postal intake"): the reception
// desk records a walk-in or mailed dossier, which is received at once under the desk's code
// sequence, with its deadline started and form 01 issued.
#include <nlohmann/json.hpp>
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct IntakeInput {
  std::string procedure_code;
  core::Channel channel = core::Channel::counter;  // counter or post
  std::string full_name;
  core::ApplicantContact applicant;
  nlohmann::json form = nlohmann::json::object();
};

class CounterIntake {
 public:
  explicit CounterIntake(Services& services) : services_(services) {}

  // Reception officials only. The dossier belongs to the applicant's account when exactly one
  // account holds their ID number (so they follow it online), else to the desk that took it.
  core::Dossier take(const Principal& who, const IntakeInput& input);

 private:
  Services& services_;
};

}  // namespace motcua::app
