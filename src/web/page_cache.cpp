#include "web/page_cache.hpp"

#include "web/caller.hpp"
#include "web/http/static_files.hpp"

namespace motcua::web {
namespace {

// Longer than any page takes to render; a caller waiting for a rendering that takes longer (a
// stalled database) renders the page by itself.
constexpr auto kWaitForRendering = std::chrono::seconds(10);
// How many offers a full cache remembers, at most: the random codes of 100,000 dossiers come back
// after about as many other offers, long after their slot was taken; the last thousand filed
// come back well within it.
constexpr std::size_t kOffersRemembered = 16384;

std::size_t size_of(const std::string& key, const Response& response) {
  std::size_t bytes = key.size() + response.body_text().size() + 128;
  for (const auto& [name, value] : response.headers) bytes += name.size() + value.size() + 32;
  return bytes;
}

}  // namespace

PageCache::PageCache(std::chrono::milliseconds time_to_live, std::size_t max_bytes,
                     std::function<Clock::time_point()> now)
    : time_to_live_(time_to_live),
      max_bytes_(max_bytes),
      now_(std::move(now)),
      offered_(kOffersRemembered, 0) {}

std::optional<Response> PageCache::find(const std::string& key, WallClock::time_point not_before) {
  const std::lock_guard lock(mutex_);
  const auto entry = fresh_locked(key, not_before);
  if (entry == entries_.end()) return std::nullopt;
  return copied_locked(entry);
}

std::optional<PageCache::Kept> PageCache::find_kept(const std::string& key) {
  const std::lock_guard lock(mutex_);
  const auto entry = fresh_locked(key, {});
  if (entry == entries_.end()) return std::nullopt;
  return Kept{touched_locked(entry), entry->second.counted_as};
}

PageCache::Entries::iterator PageCache::fresh_locked(const std::string& key,
                                                     WallClock::time_point not_before) {
  const auto entry = usable_locked(key, not_before);
  if (entry == entries_.end() || now_() < entry->second.expires) return entry;
  erase(entry);
  return entries_.end();
}

PageCache::Entries::iterator PageCache::usable_locked(const std::string& key,
                                                      WallClock::time_point not_before) {
  const auto entry = entries_.find(key);
  if (entry != entries_.end() && entry->second.rendered < not_before) return entries_.end();
  return entry;
}

const Response& PageCache::touched_locked(Entries::iterator entry) {
  recent_.splice(recent_.begin(), recent_, entry->second.recent);
  return entry->second.response;
}

// A handler's answer carries its own body, which what follows it may read or change.
Response PageCache::copied_locked(Entries::iterator entry) {
  const auto& kept = touched_locked(entry);
  Response copy{kept.status, kept.headers, *kept.shared_body, nullptr};
  return copy;
}

PageCache::Served PageCache::serve(const std::string& key, WallClock::time_point not_before,
                                   const std::function<Rendered()>& render) {
  Ticket ticket;
  bool claimed = false;
  {
    std::unique_lock lock(mutex_);
    const auto give_up = std::chrono::steady_clock::now() + kWaitForRendering;
    for (;;) {
      // A copy past its time, but changed by nothing announced, is still given out while
      // another caller renders its successor: nobody waits for a page that merely aged.
      const auto entry = usable_locked(key, not_before);
      if (entry != entries_.end() && (now_() < entry->second.expires || rendering_.contains(key)))
        return {copied_locked(entry), true};
      if (rendering_.insert(key).second) {
        claimed = true;
        break;
      }
      if (rendered_.wait_until(lock, give_up) == std::cv_status::timeout) break;
    }
    ticket = {generation_, WallClock::now()};
  }
  struct Release {
    PageCache& cache;
    const std::string& key;
    bool claimed;
    ~Release() {
      if (claimed) cache.release(key);
    }
  } const release{*this, key, claimed};
  auto rendered = render();
  if (rendered.keep) store(key, rendered.response, ticket, rendered.counted_as);
  return {std::move(rendered.response), false};
}

void PageCache::release(const std::string& key) {
  {
    const std::lock_guard lock(mutex_);
    rendering_.erase(key);
  }
  rendered_.notify_all();
}

PageCache::Ticket PageCache::ticket() const {
  const auto started = WallClock::now();
  const std::lock_guard lock(mutex_);
  return {generation_, started};
}

void PageCache::store(const std::string& key, const Response& response, Ticket ticket,
                      const std::string& counted_as) {
  const auto bytes = size_of(key, response);
  if (bytes > max_bytes_ / 4 || !admits(key, bytes, ticket)) return;
  // The copy made, and the pages it replaces freed, outside the lock the I/O threads take for
  // every kept page they answer.
  Entry entry{
      {response.status, response.headers, {}, nullptr}, {}, ticket.started, bytes, {}, counted_as};
  entry.response.shared_body = std::make_shared<const std::string>(response.body_text());
  std::vector<Entries::node_type> evicted;
  const std::lock_guard lock(mutex_);
  if (ticket.generation != generation_) return;
  if (const auto old = entries_.find(key); old != entries_.end())
    evicted.push_back(take_locked(old));
  while (bytes_ + bytes > max_bytes_ && !recent_.empty())
    evicted.push_back(take_locked(entries_.find(recent_.back())));
  recent_.push_front(key);
  entry.expires = now_() + time_to_live_;
  entry.recent = recent_.begin();
  entries_.emplace(key, std::move(entry));
  bytes_ += bytes;
}

// Asked before the page is copied: most pages a full cache is offered are turned away.
bool PageCache::admits(const std::string& key, std::size_t bytes, Ticket ticket) {
  const auto key_hash = std::hash<std::string>{}(key);
  const std::lock_guard lock(mutex_);
  if (ticket.generation != generation_) return false;
  const auto old = entries_.find(key);
  const auto replaced = old != entries_.end() ? old->second.bytes : 0;
  return bytes_ - replaced + bytes <= max_bytes_ || offered_before_locked(key_hash);
}

bool PageCache::offered_before_locked(std::size_t key_hash) {
  // Never 0, which marks a slot nothing was offered to.
  const auto mark = key_hash | 1U;
  auto& slot = offered_[(key_hash >> 1) % offered_.size()];
  if (slot == mark) return true;
  slot = mark;
  return false;
}

void PageCache::clear() {
  const std::lock_guard lock(mutex_);
  entries_.clear();
  recent_.clear();
  bytes_ = 0;
  ++generation_;
}

std::size_t PageCache::bytes() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

std::size_t PageCache::size() const {
  const std::lock_guard lock(mutex_);
  return entries_.size();
}

void PageCache::erase(Entries::iterator entry) { take_locked(entry); }

PageCache::Entries::node_type PageCache::take_locked(Entries::iterator entry) {
  bytes_ -= entry->second.bytes;
  recent_.erase(entry->second.recent);
  return entries_.extract(entry);
}

std::optional<std::string> anonymous_key(const Request& request) {
  if (session_token(request)) return std::nullopt;
  return request_language(request) + '\n' + request.target;
}

std::string session_key(const std::string& session_token_hash, const std::string& lang,
                        const std::string& target) {
  return "session " + session_token_hash + '\n' + lang + '\n' + target;
}

Response not_modified(const Response& response) {
  Response answer = Response::empty(304);
  for (const auto& [name, value] : response.headers) {
    if (name != "content-type" && name != "content-length") answer.header(name, value);
  }
  return answer;
}

Response answered(const Request& request, PageCache::Served served) {
  if (!served.kept) return std::move(served.response);
  return revalidated(request, std::move(served.response));
}

Response revalidated(const Request& request, Response kept) {
  auto etag = kept.header_value("etag");
  const auto asked = request.header("if-none-match");
  if (!etag || !asked) return kept;
  if (etag->starts_with("W/")) etag->erase(0, 2);
  return etag_matches(*asked, *etag) ? not_modified(kept) : kept;
}

}  // namespace motcua::web
