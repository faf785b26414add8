#include "app/errors.hpp"

#include <utility>

namespace motcua::app {

AppError::AppError(ErrorKind kind, std::string code, std::string message_key,
                   std::map<std::string, std::string> fields)
    : std::runtime_error(code),
      kind_(kind),
      code_(std::move(code)),
      message_key_(std::move(message_key)),
      fields_(std::move(fields)) {}

void throw_invalid(std::map<std::string, std::string> fields) {
  throw AppError(ErrorKind::invalid_input, "invalid_input", "error.invalid_input",
                 std::move(fields));
}

void throw_not_found(const std::string& what) {
  throw AppError(ErrorKind::not_found, what + "_not_found", "error." + what + "_not_found");
}

void throw_forbidden() { throw AppError(ErrorKind::forbidden, "forbidden", "error.forbidden"); }

void throw_unauthenticated() {
  throw AppError(ErrorKind::unauthenticated, "unauthenticated", "error.unauthenticated");
}

}  // namespace motcua::app
