#pragma once
#include <optional>
#include <string>

#include "core/deadline.hpp"
#include "core/lifecycle.hpp"
#include "core/time.hpp"
#include "core/workflow.hpp"

namespace motcua::core {

// KenhThucHien: 1 counter, 2 online, 3 post; dossiers from the national portal are tracked apart.
enum class Channel { counter = 1, online = 2, post = 3, national_portal = 4 };
std::string_view channel_name(Channel channel);
// Filed online, here or on the national portal (the reports' "trực tuyến").
inline bool filed_online(Channel channel) {
  return channel == Channel::online || channel == Channel::national_portal;
}
std::optional<Channel> parse_channel(std::string_view name);

enum class ReturnMethod { counter, post, online };
std::string_view return_method_name(ReturnMethod method);
std::optional<ReturnMethod> parse_return_method(std::string_view name);

// How to reach the applicant and who they are: recorded by the desk for a counter or postal
// dossier, copied from the profile when an account files online (the ID number finds dossiers).
struct ApplicantContact {
  std::string id_number;  // số định danh cá nhân (12 digits)
  std::string phone;
  std::string email;
  std::string address;  // where the result goes by post
};

struct Dossier {
  long long id = 0;
  std::string code;  // empty while a draft
  long long procedure_version_id = 0;
  std::string procedure_code;
  std::string procedure_name;
  long long owner_id = 0;
  std::string applicant_name;
  ApplicantContact applicant;
  // Receiving desk and competent unit are separate (D118 Art 14, requirements §13.3.1).
  long long receiving_unit_id = 0;
  long long competent_unit_id = 0;
  std::optional<long long> assignee_id;  // the official holding it now, if assigned to a person
  Channel channel = Channel::online;
  LifecycleState lifecycle;
  DeadlineClock clock;
  std::string form_json = "{}";
  std::optional<Instant> submitted_at;
  std::optional<Instant> returned_at;
  std::optional<ReturnMethod> return_method;
  // The workflow in force at reception, with each step's clock; empty for a procedure without one
  // (the competent unit then forwards and approves as it sees fit).
  std::vector<DossierStep> steps;
  Instant created_at{};
  Instant updated_at{};
};

}  // namespace motcua::core
