#pragma once
// Which dossier events the applicant is told of outside the portal (SMS, e-mail): reception,
// a request for papers or for payment, a payment confirmed, a result ready or sent, a refusal,
// a stop, and an apology for lateness with its new date.
#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace motcua::core {

// "received", "supplement", "payment", "paid", "result", "returned", "refused", "stopped",
// "apology"; nothing for an event the applicant is not told of (their own steps, hand-offs).
std::optional<std::string> applicant_notice(std::string_view action, Status from, Status to);

}  // namespace motcua::core
