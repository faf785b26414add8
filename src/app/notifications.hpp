#pragma once
// in-portal notifications (requirements P13): the applicant learns of every status change
// of their dossiers, a moved due date, a message from the agency and a result ready to download.
// Written in the transaction of the event itself, so a notification exists exactly when its event
// does.
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

// Called by record_event: notifies the owner of a transition taken by the agency. The applicant's
// own steps (submit, answer a supplement, withdraw) and steps that change nothing are not
// announced back to them.
void notify_transition(Transaction& tx, const core::Dossier& dossier, const std::string& action,
                       core::Status from, core::Status to, core::Instant at);

// A notification of `kind` (kNoticeMessage, kNoticeResult) to the dossier's owner.
void notify_owner(Transaction& tx, const core::Dossier& dossier, const std::string& kind,
                  core::Instant at);

class Notifications {
 public:
  explicit Notifications(Services& services) : services_(services) {}

  // The caller's notifications, newest first.
  Page<Notification> list(const Principal& who, int page, int per_page = 20);
  // How many of the user's notifications are unread.
  long long unread(long long user_id);
  // The same counted no further than kBadgeMost + 1, for the badge of every page's header, which
  // then says "99+": an account with a hundred thousand unread would otherwise pay for counting
  // them on each page.
  static constexpr long long kBadgeMost = 99;
  long long unread_for_badge(long long user_id);
  // Marks the caller's notifications up to `up_to_id` (all when 0) read; returns how many.
  long long mark_read(const Principal& who, long long up_to_id);

 private:
  long long count_unread(long long user_id, long long at_most);

  Services& services_;
};

}  // namespace motcua::app
