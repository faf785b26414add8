#include "app/outbox.hpp"

#include "core/sha256.hpp"

namespace motcua::app {

const std::vector<std::string>& national_systems() {
  static const std::vector<std::string> systems{"dvcqg", "vneid", "paygov", "vnpost",
                                                "esign", "emc",   "sms",    "email"};
  return systems;
}

bool enqueue(const Services& services, Transaction& tx, const OutgoingMessage& message) {
  if (services.sender == nullptr || !services.sender->connected(message.system)) return false;
  OutboxMessage row;
  row.system = message.system;
  row.kind = message.kind;
  row.key = message.key;
  row.stream = message.stream;
  row.dossier_id = message.dossier_id;
  row.body = message.body.dump();
  row.created_ms = services.clock.now_ms();
  row.next_attempt_ms = row.created_ms;
  return tx.enqueue_message(row);
}

std::string log_entry_hash(const IntegrationLogEntry& entry, const std::string& prev_hash) {
  const nlohmann::json fields = {
      {"message_id", entry.message_id ? nlohmann::json(*entry.message_id) : nlohmann::json()},
      {"direction", entry.direction},
      {"system", entry.system},
      {"kind", entry.kind},
      {"key", entry.key},
      {"dossier_id", entry.dossier_id ? nlohmann::json(*entry.dossier_id) : nlohmann::json()},
      {"request", entry.request},
      {"status", entry.status},
      {"answer", entry.answer},
      {"at_ms", entry.at_ms}};
  return core::sha256_hex(prev_hash + "\n" + fields.dump());
}

void append_log(Transaction& tx, IntegrationLogEntry entry) {
  entry.prev_hash = tx.lock_log_head();
  entry.hash = log_entry_hash(entry, entry.prev_hash);
  tx.append_log(entry);
}

namespace {

void check_seal(const IntegrationLogEntry& entry, const std::string& sealed_head,
                const LogSealer* sealer, LogCheck& check) {
  ++check.seals;
  check.last_sealed_ms = entry.at_ms;
  const bool valid = entry.request == sealed_head &&
                     (sealer == nullptr || sealer->verify(sealed_head, entry.answer));
  if (!valid && !check.first_bad_seal_id) check.first_bad_seal_id = entry.id;
}

}  // namespace

bool seal_log(const Services& services) {
  if (services.log_sealer == nullptr) return false;
  bool sealed = false;
  services.store.write([&](Transaction& tx) {
    const auto head = tx.lock_log_head();
    if (head.empty()) return;
    const auto last = tx.list_log(std::nullopt, kLogSealSystem, 1);
    if (!last.empty() && last.front().hash == head) return;
    append_log(tx, {.direction = "seal",
                    .system = kLogSealSystem,
                    .kind = "seal",
                    .key = "seal:" + head,
                    .request = head,
                    .answer = services.log_sealer->seal(head),
                    .at_ms = services.clock.now_ms()});
    sealed = true;
  });
  return sealed;
}

LogCheck check_log_chain(Transaction& tx, const LogSealer* sealer) {
  LogCheck check;
  std::string prev;
  long long after = 0;
  constexpr int kBatch = 1000;
  for (;;) {
    const auto entries = tx.list_log_from(after, kBatch);
    for (const auto& entry : entries) {
      ++check.entries;
      if (entry.prev_hash != prev || entry.hash != log_entry_hash(entry, prev)) {
        check.first_broken_id = entry.id;
        return check;
      }
      if (entry.direction == "seal") check_seal(entry, prev, sealer, check);
      prev = entry.hash;
      after = entry.id;
    }
    if (entries.size() < static_cast<std::size_t>(kBatch)) return check;
  }
}

}  // namespace motcua::app
