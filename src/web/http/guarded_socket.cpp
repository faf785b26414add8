#include "web/http/guarded_socket.hpp"

#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "web/http/header_value.hpp"

namespace motcua::web::detail {
namespace {

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
constexpr std::chrono::seconds kLingerTime{2};
// Beyond this many, rejected connections are closed at once: a flood of refused connections
// must not hold a descriptor each for the linger time.
constexpr std::size_t kMaxLingering = 256;
constexpr std::size_t kMaxMethodBytes = 32;
constexpr std::string_view kVersionPattern = "HTTP/#.#";  // # is a digit

std::int64_t ticks(std::chrono::steady_clock::time_point at) {
  return static_cast<std::int64_t>(at.time_since_epoch().count());
}

// RFC 9110 §5.6.2, a table: every byte of every header name is asked.
constexpr std::array<bool, 256> kTokenBytes = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (const char c : std::string_view("!#$%&'*+-.^_`|~"))
    table[static_cast<unsigned char>(c)] = true;
  return table;
}();

bool is_tchar(char c) { return kTokenBytes[static_cast<unsigned char>(c)]; }

bool is_token(std::string_view text) { return std::all_of(text.begin(), text.end(), is_tchar); }

bool is_control(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7f;
}

// A target may carry raw UTF-8 (the URL decoder judges it); controls and spaces it may not.
bool is_target(std::string_view text) {
  return std::none_of(text.begin(), text.end(), [](char c) { return is_control(c) || c == ' '; });
}

// Whether `version` can still become (or, `whole`, is) `HTTP/d.d`.
bool is_version(std::string_view version, bool whole) {
  if (version.size() > kVersionPattern.size()) return false;
  if (whole && version.size() != kVersionPattern.size()) return false;
  for (std::size_t i = 0; i < version.size(); ++i) {
    const bool digit = version[i] >= '0' && version[i] <= '9';
    if (kVersionPattern[i] == '#' ? !digit : version[i] != kVersionPattern[i]) return false;
  }
  return true;
}

// `token ":" value` with no control in the value but HTAB (RFC 9112 §5); `line` ends with LF.
bool is_field_line(std::string_view line) {
  if (line.ends_with('\n')) line.remove_suffix(1);
  if (line.ends_with('\r')) line.remove_suffix(1);
  const auto colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos || !is_token(line.substr(0, colon))) {
    return false;
  }
  const auto value = line.substr(colon + 1);
  return std::none_of(value.begin(), value.end(),
                      [](char c) { return is_control(c) && c != '\t'; });
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<std::uint64_t> parse_length(std::string_view digits) {
  if (digits.empty() || digits.size() > 19) return std::nullopt;
  std::uint64_t value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value;
}

// Calls `visit(name_lowered, value, line_with_terminator)` for each line after the request line
// but the final blank one; a line without a colon (a folded value, or garbage the parser will
// refuse) has an empty name.
template <typename Visit>
void for_each_header(std::string_view head, Visit&& visit) {
  auto pos = head.find('\n');
  while (pos != std::string_view::npos && pos + 1 < head.size()) {
    const auto start = pos + 1;
    pos = head.find('\n', start);
    const auto line = head.substr(start, pos == std::string_view::npos ? pos : pos + 1 - start);
    const auto colon = line.find(':');
    if (trim(line).empty()) continue;
    if (colon == std::string_view::npos || line.front() == ' ' || line.front() == '\t') {
      visit(std::string_view{}, trim(line), line);
      continue;
    }
    visit(trim(line.substr(0, colon)), trim(line.substr(colon + 1)), line);
  }
}

// Reads and drops what a rejected client is still sending, then closes: closing a socket with
// unread input makes the kernel send a reset, which can destroy the answer before it is read.
}  // namespace

class Lingerer : public std::enable_shared_from_this<Lingerer> {
 public:
  Lingerer(asio::ip::tcp::socket socket, GuardService& service)
      : socket_(std::move(socket)),
        strand_(asio::make_strand(socket_.get_executor())),
        timer_(strand_),
        service_(service) {
    ++service_.lingering_;
  }
  ~Lingerer() { --service_.lingering_; }
  Lingerer(const Lingerer&) = delete;
  Lingerer& operator=(const Lingerer&) = delete;

  void start() {
    timer_.expires_after(kLingerTime);
    timer_.async_wait([self = shared_from_this()](const asio::error_code& ec) {
      asio::error_code ignored;
      if (!ec) self->socket_.close(ignored);
    });
    read();
  }

 private:
  void read() {
    socket_.async_read_some(
        asio::buffer(sink_),
        asio::bind_executor(strand_,
                            [self = shared_from_this()](const asio::error_code& ec, std::size_t) {
                              if (!ec) return self->read();
                              self->timer_.cancel();
                            }));
  }

  asio::ip::tcp::socket socket_;
  asio::strand<asio::any_io_executor> strand_;
  asio::steady_timer timer_;
  GuardService& service_;
  std::array<char, 4096> sink_{};
};

std::size_t head_end(std::string_view data) {
  for (auto pos = data.find('\n'); pos != std::string_view::npos; pos = data.find('\n', pos + 1)) {
    if (data.substr(pos + 1, 1) == "\n") return pos + 2;
    if (data.substr(pos + 1, 2) == "\r\n") return pos + 3;
  }
  return std::string_view::npos;
}

HeadFacts head_facts(std::string_view head) {
  HeadFacts facts;
  const auto request_line = head.substr(0, head.find('\n'));
  facts.upgrade = request_line.substr(0, 8) == "CONNECT ";
  for_each_header(head, [&](std::string_view name, std::string_view value, std::string_view line) {
    if (is_lowered(name, "content-length")) {
      const auto length = parse_length(value);
      if (!length) facts.bad_length = true;
      if (length && (!facts.content_length || *length > *facts.content_length)) {
        facts.content_length = length;
      }
    } else if (is_lowered(name, "transfer-encoding")) {
      facts.transfer_encoding = true;
    } else if (is_lowered(name, "expect")) {
      facts.expect_continue = is_lowered(value, "100-continue");
    } else if (is_lowered(name, "upgrade")) {
      facts.upgrade = true;
    } else if (is_lowered(name, kRejectHeader)) {
      facts.marked = true;
    }
    ++facts.fields;
    if (!is_field_line(line)) facts.malformed = true;
  });
  return facts;
}

int request_line_status(std::string_view data, std::size_t max_target) {
  const auto newline = data.find('\n');
  const bool whole = newline != std::string_view::npos;
  auto line = data.substr(0, newline);
  if (whole && line.ends_with('\r')) line.remove_suffix(1);
  const auto method_end = line.find(' ');
  const bool method_whole = method_end != std::string_view::npos;
  const auto method = line.substr(0, method_end);
  if (!is_token(method) || method.size() > kMaxMethodBytes) return 400;
  if (!method_whole) return whole ? 400 : 0;
  if (method.empty()) return 400;
  const auto rest = line.substr(method_end + 1);
  const auto target_end = rest.find(' ');
  const bool target_whole = target_end != std::string_view::npos;
  const auto target = rest.substr(0, target_end);
  if (target.size() > max_target) return 414;
  if (!is_target(target)) return 400;
  if (!target_whole) return whole ? 400 : 0;
  if (target.empty()) return 400;
  return is_version(rest.substr(target_end + 1), whole) ? 0 : 400;
}

std::string rebuild_head(std::string_view head, int reject_status) {
  std::string out;
  out.reserve(head.size() + 32);
  out += head.substr(0, head.find('\n') + 1);
  for_each_header(head, [&](std::string_view name, std::string_view, std::string_view line) {
    if (is_lowered(name, kRejectHeader)) return;
    if (reject_status != 0 && is_lowered(name, "content-length")) return;
    out += line;
  });
  if (reject_status != 0) {
    out += std::string(kRejectHeader) + ": " + std::to_string(reject_status) + "\r\n";
  }
  out += "\r\n";
  return out;
}

std::string marked_head(std::string_view partial_head, int status) {
  const auto newline = partial_head.find('\n');
  const auto request_line = newline == std::string_view::npos
                                ? std::string_view{"GET / HTTP/1.1"}
                                : trim(partial_head.substr(0, newline));
  return std::string(request_line) + "\r\n" + std::string(kRejectHeader) + ": " +
         std::to_string(status) + "\r\n\r\n";
}

void GuardService::shutdown_connections() {
  std::lock_guard lock(mutex_);
  for (auto* socket : sockets_) {
    if (socket->socket_.is_open()) ::shutdown(socket->socket_.native_handle(), SHUT_RDWR);
  }
}

void GuardService::expire_heads(std::chrono::steady_clock::time_point now) {
  const auto now_ticks = ticks(now);
  std::lock_guard lock(mutex_);
  for (auto* socket : sockets_) {
    const auto deadline = socket->head_deadline_.load(std::memory_order_relaxed);
    if (deadline == 0 || deadline > now_ticks || !socket->socket_.is_open()) continue;
    socket->head_deadline_.store(0, std::memory_order_relaxed);
    socket->timed_out_.store(true, std::memory_order_relaxed);
    // The pending read then ends; the socket answers 408 if part of a head had come.
    ::shutdown(socket->socket_.native_handle(), SHUT_RD);
  }
}

// A refused connection is not counted: the address's share stays its open connections.
void GuardService::count_in(GuardedSocket& socket) {
  asio::error_code ec;
  const auto peer = socket.socket_.remote_endpoint(ec).address();
  if (ec) return;
  auto& count = peers_[peer];
  const bool uncapped =
      std::find(limits.uncapped.begin(), limits.uncapped.end(), peer) != limits.uncapped.end();
  if (limits.max_per_address == 0 || uncapped || count.open < limits.max_per_address) {
    ++count.open;
    socket.peer_ = peer;
    return;
  }
  socket.refused_ = true;
  if (!std::exchange(count.warned, true)) {
    spdlog::warn("http: {} holds {} connections; refusing more until it closes some",
                 peer.to_string(), count.open);
  }
}

void GuardService::count_out(GuardedSocket& socket) {
  if (!socket.peer_) return;
  const auto found = peers_.find(*socket.peer_);
  if (found != peers_.end() && --found->second.open == 0) peers_.erase(found);
  socket.peer_.reset();
}

std::size_t GuardService::connections() {
  std::lock_guard lock(mutex_);
  return sockets_.size();
}

GuardedSocket::GuardedSocket(GuardedSocket&& other) noexcept
    : socket_(other.socket_.get_executor()), service_(other.service_) {
  std::lock_guard lock(service_->mutex_);
  take(other);
}

GuardedSocket& GuardedSocket::operator=(GuardedSocket&& other) noexcept {
  if (this != &other) {
    std::lock_guard lock(service_->mutex_);
    take(other);
  }
  return *this;
}

GuardedSocket::~GuardedSocket() {
  std::lock_guard lock(service_->mutex_);
  service_->sockets_.erase(this);
  service_->count_out(*this);
  asio::error_code ignored;
  socket_.close(ignored);
}

void GuardedSocket::take(GuardedSocket& other) {
  // Sockets move from the acceptor into their connection before any request is read, so there is
  // no reading state worth carrying over. The first move takes the socket out of the acceptor's
  // pool, whose sockets are never registered: that is when a connection starts.
  const bool accepted = !service_->sockets_.contains(&other);
  service_->count_out(*this);
  socket_ = std::move(other.socket_);
  peer_ = std::exchange(other.peer_, std::nullopt);
  refused_ = std::exchange(other.refused_, false);
  const auto deadline = other.head_deadline_.load(std::memory_order_relaxed);
  reset_state();
  other.reset_state();
  head_deadline_.store(deadline, std::memory_order_relaxed);
  service_->sockets_.erase(&other);
  if (!socket_.is_open()) {
    service_->sockets_.erase(this);
    return;
  }
  service_->sockets_.insert(this);
  if (accepted) {
    service_->count_in(*this);
    set_head_deadline(true);
  }
}

void GuardedSocket::shutdown(asio::socket_base::shutdown_type what, asio::error_code& ec) {
  if (parsing_ && unanswered_ && !linger_) {
    write_now(service_->malformed_reply);
    linger_ = true;
  }
  socket_.shutdown(linger_ ? asio::socket_base::shutdown_send : what, ec);
}

void GuardedSocket::close(asio::error_code& ec) {
  std::lock_guard lock(service_->mutex_);
  service_->count_out(*this);
  if (!linger_ || !socket_.is_open()) {
    socket_.close(ec);
    return;
  }
  linger_ = false;
  if (service_->lingering_ >= kMaxLingering) {
    socket_.close(ec);
    return;
  }
  std::make_shared<Lingerer>(std::move(socket_), *service_)->start();
}

// Answers a connection refused for its address; RESTinio then reads end-of-input and closes it.
void GuardedSocket::refuse() {
  refused_ = false;
  write_now(service_->refusal_reply);
  linger_ = true;
}

std::size_t GuardedSocket::deliver(asio::mutable_buffer buffer) {
  const auto n = std::min(buffer.size(), ready_.size() - ready_offset_);
  std::memcpy(buffer.data(), ready_.data() + ready_offset_, n);
  ready_offset_ += n;
  if (ready_offset_ == ready_.size()) {
    ready_.clear();
    ready_offset_ = 0;
  }
  return n;
}

void GuardedSocket::classify() {
  while (!pending_.empty() && phase_ != Phase::rejected) {
    if (phase_ == Phase::opaque) {
      ready_ += pending_;
      pending_.clear();
    } else if (phase_ == Phase::body) {
      const auto take =
          static_cast<std::size_t>(std::min<std::uint64_t>(body_left_, pending_.size()));
      ready_.append(pending_, 0, take);
      pending_.erase(0, take);
      body_left_ -= take;
      if (body_left_ == 0) phase_ = Phase::head;
    } else {
      // Blank lines between requests are allowed (RFC 9112 §2.2); RESTinio's parser skips them.
      const auto leading = std::min(pending_.find_first_not_of("\r\n"), pending_.size());
      ready_.append(pending_, 0, leading);
      pending_.erase(0, leading);
      if (pending_.empty()) return;
      set_head_deadline(true);
      const auto& limits = service_->limits;
      if (const auto status = request_line_status(pending_, limits.max_target_bytes)) {
        reject(marked_head({}, status));
        return;
      }
      const auto end = head_end(pending_);
      if (end == std::string::npos && pending_.size() <= limits.max_header_bytes) return;
      if (end == std::string::npos || end > limits.max_header_bytes) {
        reject(marked_head(pending_, 431));
        return;
      }
      // The head is read in place: admit_head copies what it keeps before pending_ changes.
      admit_head(std::string_view(pending_).substr(0, end));
      pending_.erase(0, end);
    }
  }
  if (phase_ == Phase::rejected) pending_.clear();
}

void GuardedSocket::admit_head(std::string_view head) {
  const auto facts = head_facts(head);
  set_head_deadline(false);
  unanswered_ = true;
  if (facts.malformed) {
    reject(marked_head(head, 400));
    return;
  }
  if (facts.fields > service_->limits.max_header_fields) {
    reject(marked_head(head, 431));
    return;
  }
  if (facts.transfer_encoding || facts.upgrade || facts.bad_length) {
    // Framing this adapter does not follow: RESTinio's parser takes it from here.
    hand_on(head, facts);
    phase_ = Phase::opaque;
    return;
  }
  const auto length = facts.content_length.value_or(0);
  if (length > service_->limits.max_body_bytes) {
    reject(rebuild_head(head, 413));
    return;
  }
  hand_on(head, facts);
  body_left_ = length;
  phase_ = length > 0 ? Phase::body : Phase::head;
  if (facts.expect_continue && length > 0) write_now(kContinue);
}

// A head without a forged marker goes on as it came: nearly every head.
void GuardedSocket::hand_on(std::string_view head, const HeadFacts& facts) {
  if (facts.marked) {
    ready_ += rebuild_head(head, 0);
  } else {
    ready_ += head;
  }
}

void GuardedSocket::reject(const std::string& head) {
  ready_ += head;
  pending_.clear();
  phase_ = Phase::rejected;
  linger_ = true;
  unanswered_ = true;
  set_head_deadline(false);
}

// Only when nothing else is being written (see the header note). Non-blocking, so a peer that
// stopped reading cannot stall the I/O thread: a short answer fits in an idle socket's buffer,
// and a `100 Continue` that does not fit only makes the client send after its own wait.
void GuardedSocket::write_now(std::string_view bytes) {
  asio::error_code ec;
  socket_.non_blocking(true, ec);
  if (!ec) socket_.write_some(asio::buffer(bytes.data(), bytes.size()), ec);
  socket_.non_blocking(false, ec);
}

// A head must be complete within the header timeout from its first byte, or from the accept for
// a connection's first head; between requests RESTinio's own read timeout applies.
void GuardedSocket::set_head_deadline(bool running) {
  const auto timeout = service_->limits.header_timeout;
  if (!running || timeout == std::chrono::steady_clock::duration::zero()) {
    head_deadline_.store(0, std::memory_order_relaxed);
  } else if (head_deadline_.load(std::memory_order_relaxed) == 0) {
    head_deadline_.store(ticks(std::chrono::steady_clock::now() + timeout),
                         std::memory_order_relaxed);
  }
}

void GuardedSocket::reset_state() {
  phase_ = Phase::head;
  body_left_ = 0;
  linger_ = false;
  parsing_ = false;
  unanswered_ = false;
  head_deadline_.store(0, std::memory_order_relaxed);
  timed_out_.store(false, std::memory_order_relaxed);
  pending_.clear();
  ready_.clear();
  ready_offset_ = 0;
}

}  // namespace motcua::web::detail
