#pragma once
// Reminders of deadlines to officials (requirements §5 B5, issue "following the work"): once a
// workflow step, or a dossier without a workflow, comes within a working day of its due time, its
// holder is told it is nearly due; once the time has passed, its holder and the unit's leaders are
// told it is overdue. Each reminder goes out once, whichever server node runs first, in the portal
// and, for officials who chose it, by SMS or e-mail.
#include "app/services.hpp"

namespace motcua::app {

inline constexpr const char* kNoticeDeadline = "deadline";
inline constexpr const char* kReminderDueSoon = "due_soon";
inline constexpr const char* kReminderOverdue = "overdue";

class DeadlineReminders {
 public:
  explicit DeadlineReminders(Services& services) : services_(services) {}

  // One pass over the work now due; returns how many notifications it wrote. Bounded per pass:
  // what is left is reminded of by the next one.
  int run();

 private:
  Services& services_;
};

}  // namespace motcua::app
