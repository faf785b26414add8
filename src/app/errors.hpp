#pragma once
// What a use case reports when it cannot do what was asked. The web layer maps the kind to an
// HTTP status and translates `message_key` and the field keys into the user's language.
#include <map>
#include <stdexcept>
#include <string>

namespace motcua::app {

enum class ErrorKind {
  invalid_input,    // 400
  unauthenticated,  // 401
  forbidden,        // 403
  not_found,        // 404 (also for what the caller may not see)
  conflict,         // 409: not allowed from the current status
  too_large,        // 413
  too_many,         // 429
  locked,           // 423-like; reported as 429 with the unlock time
  unavailable,      // 503
  bad_gateway,      // 502: another system answered, but not as it should
};

class AppError : public std::runtime_error {
 public:
  AppError(ErrorKind kind, std::string code, std::string message_key,
           std::map<std::string, std::string> fields = {});

  ErrorKind kind() const { return kind_; }
  const std::string& code() const { return code_; }
  const std::string& message_key() const { return message_key_; }
  // field name → i18n key of the message
  const std::map<std::string, std::string>& fields() const { return fields_; }
  // Extra values the message may interpolate, e.g. {"until": "10:15 22/11/2026"}.
  std::map<std::string, std::string> params;

 private:
  ErrorKind kind_;
  std::string code_;
  std::string message_key_;
  std::map<std::string, std::string> fields_;
};

[[noreturn]] void throw_invalid(std::map<std::string, std::string> fields);
[[noreturn]] void throw_not_found(const std::string& what);
[[noreturn]] void throw_forbidden();
[[noreturn]] void throw_unauthenticated();

}  // namespace motcua::app
