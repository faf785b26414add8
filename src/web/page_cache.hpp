#pragma once
// Pages as anonymous visitors see them, kept rendered for a few seconds. The portal's busiest pages
// (home, search, a procedure, the information pages, statistics) are the same for every visitor
// who is not signed in, so one render serves all of them for a while. Freshness is bounded by time
// rather than announced: a change made through one node clears that node's pages at once, and every
// other node's copies expire within the time to live, with no message between nodes to lose.
// Bounded in bytes; the least recently used page leaves first, so a flood of distinct search
// queries cannot push out the home page for long.
#include <chrono>
#include <cstddef>
#include <functional>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/http/message.hpp"

namespace motcua::web {

class PageCache {
 public:
  using Clock = std::chrono::steady_clock;

  PageCache(std::chrono::milliseconds time_to_live, std::size_t max_bytes,
            std::function<Clock::time_point()> now = Clock::now);

  // A copy of the page stored under `key`, while it is fresh.
  std::optional<Response> find(const std::string& key);
  // Keeps `response` under `key`; a page larger than a quarter of the budget is not kept.
  void store(const std::string& key, const Response& response);
  // Forgets every page: something they show may have changed.
  void clear();

  std::size_t bytes() const;
  std::size_t size() const;

 private:
  struct Entry {
    Response response;
    Clock::time_point expires;
    std::size_t bytes = 0;
    std::list<std::string>::iterator recent;
  };

  void erase(std::unordered_map<std::string, Entry>::iterator entry);

  const std::chrono::milliseconds time_to_live_;
  const std::size_t max_bytes_;
  const std::function<Clock::time_point()> now_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> recent_;  // most recently used first
  std::size_t bytes_ = 0;
};

// The key a request's page is kept under: its language and target, for a caller with no session
// (cookie or bearer token); nothing for anyone signed in, whose pages are their own.
std::optional<std::string> anonymous_key(const Request& request);

// The 304 answer to a revalidation of `response`: its headers without a body.
Response not_modified(const Response& response);

// A kept page answers a revalidation as its handler did: 304 when the request's If-None-Match
// names the page's ETag, else the page itself.
Response revalidated(const Request& request, Response kept);

}  // namespace motcua::web
