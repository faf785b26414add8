#pragma once
// Requirements §8: "forgot password". A reset link is single-use, valid at most 8 hours, and sent
// through the AccountNotifier; setting the new password applies the whole policy and ends every
// session of the account.
#include <string>

#include "app/services.hpp"

namespace motcua::app {

class PasswordResets {
 public:
  explicit PasswordResets(Services& services) : services_(services) {}

  // `login` is a user name or an e-mail address. Nothing tells the caller whether an account
  // matched: the answer is the same either way.
  void request(const std::string& login, const std::string& ip);
  // Whether `token` opens a reset now: known, unused, unexpired, of an active account.
  bool link_valid(const std::string& token);
  // Sets the password of the link's account; 400 reset_link_invalid when the link is unknown,
  // used or expired, or the usual field errors for the password.
  void complete(const std::string& token, const std::string& next, const std::string& confirm,
                const std::string& ip);

 private:
  Services& services_;
};

}  // namespace motcua::app
