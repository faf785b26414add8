#include "core/applicant_notices.hpp"

namespace motcua::core {

std::optional<std::string> applicant_notice(std::string_view action, Status from, Status to) {
  if (action == "apologize") return "apology";
  if (from == to) return std::nullopt;
  switch (to) {
    case Status::received:
      return "received";
    case Status::supplement_requested:
      return "supplement";
    case Status::payment_requested:
      return "payment";
    case Status::processing:
      if (from == Status::payment_requested) return "paid";
      return std::nullopt;
    case Status::resolved:
      return "result";
    case Status::returned:
      return "returned";
    case Status::refused:
      return "refused";
    case Status::stopped:
      return "stopped";
    default:
      return std::nullopt;
  }
}

}  // namespace motcua::core
