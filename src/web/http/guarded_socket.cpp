#include "web/http/guarded_socket.hpp"

#include <sys/socket.h>

#include <cstring>

#include "web/http/header_value.hpp"

namespace motcua::web::detail {
namespace {

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
constexpr std::chrono::seconds kLingerTime{2};

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
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
      visit(std::string{}, trim(line), line);
    } else {
      visit(to_lower(trim(line.substr(0, colon))), trim(line.substr(colon + 1)), line);
    }
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
  for_each_header(head, [&](const std::string& name, std::string_view value, std::string_view) {
    if (name == "content-length") {
      const auto length = parse_length(value);
      if (!length) facts.bad_length = true;
      if (length && (!facts.content_length || *length > *facts.content_length)) {
        facts.content_length = length;
      }
    } else if (name == "transfer-encoding") {
      facts.transfer_encoding = true;
    } else if (name == "expect") {
      facts.expect_continue = to_lower(value) == "100-continue";
    } else if (name == "upgrade") {
      facts.upgrade = true;
    }
  });
  return facts;
}

std::string rebuild_head(std::string_view head, int reject_status) {
  std::string out(head.substr(0, head.find('\n') + 1));
  for_each_header(head, [&](const std::string& name, std::string_view, std::string_view line) {
    if (name == kRejectHeader) return;
    if (reject_status != 0 && name == "content-length") return;
    out += line;
  });
  if (reject_status != 0) {
    out += std::string(kRejectHeader) + ": " + std::to_string(reject_status) + "\r\n";
  }
  out += "\r\n";
  return out;
}

std::string oversized_head(std::string_view partial_head) {
  const auto newline = partial_head.find('\n');
  const auto request_line = newline == std::string_view::npos
                                ? std::string_view{"GET / HTTP/1.1"}
                                : trim(partial_head.substr(0, newline));
  return std::string(request_line) + "\r\n" + std::string(kRejectHeader) + ": 431\r\n\r\n";
}

void GuardService::shutdown_connections() {
  std::lock_guard lock(mutex_);
  for (auto* socket : sockets_) {
    if (socket->socket_.is_open()) ::shutdown(socket->socket_.native_handle(), SHUT_RDWR);
  }
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
  asio::error_code ignored;
  socket_.close(ignored);
}

void GuardedSocket::take(GuardedSocket& other) {
  // Sockets move from the acceptor into their connection before any request is read, so there is
  // no reading state worth carrying over.
  socket_ = std::move(other.socket_);
  reset_state();
  other.reset_state();
  service_->sockets_.erase(&other);
  if (socket_.is_open()) {
    service_->sockets_.insert(this);
  } else {
    service_->sockets_.erase(this);
  }
}

void GuardedSocket::close(asio::error_code& ec) {
  std::lock_guard lock(service_->mutex_);
  if (!linger_ || !socket_.is_open()) {
    socket_.close(ec);
    return;
  }
  linger_ = false;
  std::make_shared<Lingerer>(std::move(socket_), *service_)->start();
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
      const auto end = head_end(pending_);
      if (end == std::string::npos && pending_.size() <= service_->limits.max_header_bytes) return;
      if (end == std::string::npos || end > service_->limits.max_header_bytes) {
        reject(oversized_head(pending_));
        return;
      }
      const std::string head = pending_.substr(0, end);
      pending_.erase(0, end);
      admit_head(head);
    }
  }
  if (phase_ == Phase::rejected) pending_.clear();
}

void GuardedSocket::admit_head(std::string_view head) {
  const auto facts = head_facts(head);
  if (facts.transfer_encoding || facts.upgrade || facts.bad_length) {
    // Framing this adapter does not follow: RESTinio's parser takes it from here.
    ready_ += rebuild_head(head, 0);
    phase_ = Phase::opaque;
    return;
  }
  const auto length = facts.content_length.value_or(0);
  if (length > service_->limits.max_body_bytes) {
    reject(rebuild_head(head, 413));
    return;
  }
  ready_ += rebuild_head(head, 0);
  body_left_ = length;
  phase_ = length > 0 ? Phase::body : Phase::head;
  if (facts.expect_continue && length > 0) send_continue();
}

void GuardedSocket::reject(std::string head) {
  ready_ += head;
  pending_.clear();
  phase_ = Phase::rejected;
  linger_ = true;
}

void GuardedSocket::send_continue() {
  // Nothing else is being written now (see the header note). Non-blocking, so a peer that stopped
  // reading cannot stall the I/O thread; if it does not fit, the client sends after its own wait.
  asio::error_code ec;
  socket_.non_blocking(true, ec);
  if (!ec) socket_.write_some(asio::buffer(kContinue.data(), kContinue.size()), ec);
  socket_.non_blocking(false, ec);
}

void GuardedSocket::reset_state() {
  phase_ = Phase::head;
  body_left_ = 0;
  linger_ = false;
  pending_.clear();
  ready_.clear();
  ready_offset_ = 0;
}

}  // namespace motcua::web::detail
