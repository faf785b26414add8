#pragma once
// Rendered pages, kept for a few seconds. The portal's busiest pages (home, search, a procedure,
// the information pages, statistics) are the same for every visitor who is not signed in, so one
// render serves all of them for a while; a signed-in page that is read again and again (my
// dossiers, a dossier, the officials' queue) is kept under its session alone. A change made through
// one node clears that node's pages at once and is announced to the others (web_context's change
// feed); the time to live bounds what is not announced, such as a message lost between nodes or a
// deadline passing.
// Bounded in bytes; the least recently used page leaves first, so a flood of distinct search
// queries cannot push out the home page for long. A full cache takes a page in only when it is
// asked for a second time: the lookup pages of random dossier codes, each asked for once, would
// otherwise push out pages asked for again and again, and cost a copy and an eviction each. Callers
// asking at once for a page nobody keeps wait for one rendering of it instead of each rendering it
// again: after a change clears the cache, 64 visitors of the home page cost one rendering, not 64.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "web/http/message.hpp"

namespace motcua::web {

class PageCache {
 public:
  using Clock = std::chrono::steady_clock;

  PageCache(std::chrono::milliseconds time_to_live, std::size_t max_bytes,
            std::function<Clock::time_point()> now = Clock::now);

  using WallClock = std::chrono::system_clock;

  // Taken before a page is rendered and given back to store(): a page rendered across a clear()
  // may show what the change replaced, so it is not kept; and the time its rendering began tells
  // whether it can show a change made at a given time on another node.
  struct Ticket {
    std::uint64_t generation = 0;
    WallClock::time_point started{};
  };

  // A copy of the page stored under `key`, while it is fresh and its rendering began at or after
  // `not_before`.
  std::optional<Response> find(const std::string& key, WallClock::time_point not_before = {});
  // The same for an anonymous page, with what its views count under (empty: not counted). Its body
  // is the kept one, shared (Response::shared_body), for the server to send as it stands.
  struct Kept {
    Response response;
    std::string counted_as;
  };
  std::optional<Kept> find_kept(const std::string& key);
  Ticket ticket() const;
  // Keeps `response` under `key`, unless the cache was cleared since `ticket` was taken; a page
  // larger than a quarter of the budget is not kept.
  void store(const std::string& key, const Response& response, Ticket ticket,
             const std::string& counted_as = {});
  // Forgets every page: something they show may have changed.
  void clear();

  // What a page's rendering gave, and whether it may be kept for the next callers.
  struct Rendered {
    Response response;
    bool keep = false;
    std::string counted_as;  // the page view each answer of the kept page counts for
  };
  // What a caller is given: a kept copy (`kept`, to be revalidated against the request), or what
  // `render` made now. While another caller renders the page under `key`, this one is given the
  // copy that aged past its time to live if there is one, else waits for that rendering (at most
  // a few seconds, then renders by itself).
  struct Served {
    Response response;
    bool kept = false;
  };
  Served serve(const std::string& key, WallClock::time_point not_before,
               const std::function<Rendered()>& render);

  std::size_t bytes() const;
  std::size_t size() const;

 private:
  struct Entry {
    Response response;  // its body shared, for the answers still being sent when it goes
    Clock::time_point expires;
    WallClock::time_point rendered;
    std::size_t bytes = 0;
    std::list<std::string>::iterator recent;
    std::string counted_as;
  };

  using Entries = std::unordered_map<std::string, Entry>;

  void erase(Entries::iterator entry);
  // Whether a page of `bytes` under `key`, rendered with `ticket`, may be kept: it fits, or a full
  // cache was offered it lately.
  bool admits(const std::string& key, std::size_t bytes, Ticket ticket);
  // Unlinks `entry`; it is freed when the handle goes, after the lock is let go.
  Entries::node_type take_locked(Entries::iterator entry);
  // Whether a page with this key's hash was offered lately; remembers it if not. A slot per
  // hash, overwritten by the next hash that falls on it: a page offered once among thousands
  // of others is soon forgotten, one offered again within a few thousand offers is not.
  bool offered_before_locked(std::size_t key_hash);
  // The entry under `key` whose rendering began at or after `not_before`, fresh or not.
  Entries::iterator usable_locked(const std::string& key, WallClock::time_point not_before);
  // The same, fresh only: an entry past its time is forgotten.
  Entries::iterator fresh_locked(const std::string& key, WallClock::time_point not_before);
  const Response& touched_locked(Entries::iterator entry);
  Response copied_locked(Entries::iterator entry);
  void release(const std::string& key);

  const std::chrono::milliseconds time_to_live_;
  const std::size_t max_bytes_;
  const std::function<Clock::time_point()> now_;
  mutable std::mutex mutex_;
  Entries entries_;
  std::list<std::string> recent_;  // most recently used first
  std::size_t bytes_ = 0;
  std::uint64_t generation_ = 0;               // how many times the cache was cleared
  std::unordered_set<std::string> rendering_;  // keys some caller is rendering now
  std::vector<std::size_t> offered_;           // the hashes of keys lately offered to store()
  std::condition_variable rendered_;
};

// The key a request's page is kept under: its language and target, for a caller with no session
// (cookie or bearer token); nothing for anyone signed in, whose pages are their own.
std::optional<std::string> anonymous_key(const Request& request);
// The key of a signed-in caller's own page: their session (by its token's hash), language and
// target. No anonymous key can take this form, since a target starts with '/'.
std::string session_key(const std::string& session_token_hash, const std::string& lang,
                        const std::string& target);

// The 304 answer to a revalidation of `response`: its headers without a body.
Response not_modified(const Response& response);

// What a served page answers: a kept copy revalidated against `request`, or the fresh rendering.
Response answered(const Request& request, PageCache::Served served);

// A kept page answers a revalidation as its handler did: 304 when the request's If-None-Match
// names the page's ETag, else the page itself.
Response revalidated(const Request& request, Response kept);

}  // namespace motcua::web
