#pragma once
// The officials' work queues (requirements §5 B3, §13.3): the regulation's kinds of waiting work,
// each counted and listed a page at a time by the store, searchable and sorted by due time.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

enum class WorkQueue {
  all,             // every open dossier of the caller's units
  online_intake,   // chờ tiếp nhận trực tuyến (status 1 at the caller's desk)
  received,        // đã tiếp nhận, chưa chuyển xử lý (status 2)
  supplement,      // chờ bổ sung (5)
  mine,            // đang xử lý: assigned to the caller by name
  unit,            // đang xử lý: the caller's units (4)
  approval,        // chờ phê duyệt (4 awaiting a leader)
  to_return,       // chờ trả kết quả (9)
  due_soon,        // sắp đến hạn: due within one working day
  overdue,         // quá hạn
  stopped,         // dừng xử lý (8)
  lien_thong_in,   // liên thông đến: another agency's dossier with a step here
  lien_thong_out,  // liên thông đi: a dossier here with a step at another agency
};

std::string_view work_queue_name(WorkQueue queue);  // "online-intake", as in the API and URLs
std::optional<WorkQueue> parse_work_queue(std::string_view name);
const std::vector<WorkQueue>& all_work_queues();

struct QueueFilter {
  WorkQueue queue = WorkQueue::all;
  std::string text;  // code, ID number or applicant's name
  std::optional<core::LocalDate> received_from;
  std::optional<core::LocalDate> received_to;  // inclusive
  int page = 1;
  int per_page = 25;
};

class WorkQueues {
 public:
  explicit WorkQueues(Services& services) : services_(services) {}

  // Officials only (403 otherwise). Earliest due first.
  Page<core::Dossier> list(const Principal& who, const QueueFilter& filter);
  // The number of dossiers in each queue, in all_work_queues() order.
  std::vector<std::pair<WorkQueue, long long>> counts(const Principal& who);

 private:
  DossierQuery query_for(Transaction& tx, const User& user, WorkQueue queue);
  Services& services_;
};

}  // namespace motcua::app
