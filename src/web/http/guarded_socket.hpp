#pragma once
// The socket type RESTinio reads requests through (server.cpp's traits); nothing else includes it.
//
// RESTinio 0.6 enforces its body limit by dropping the connection as soon as the headers announce
// too much, so the client sees a reset instead of a 413. This adapter sits under RESTinio's parser
// and looks at each request head before RESTinio does:
//  - a Content-Length above the limit: the head is handed on without it and with
//    `x-motcua-reject: 413`, the body is never read, and the server answers 413 and closes;
//  - a head larger than the limit, or with too many fields: a small head with
//    `x-motcua-reject: 431` is handed on instead; a request target too long: 414; a request line
//    or field line that is not HTTP: 400; a head not complete within the header timeout: 408;
//  - `Expect: 100-continue` on an acceptable body: `100 Continue` is sent so clients (curl) do not
//    wait a second before uploading;
//  - after a rejection the connection closes lingering: our side is shut for writing and the rest
//    of the upload is read and dropped for a moment, so the peer reads the answer instead of a
//    reset.
// Chunked bodies are passed through untouched (RESTinio's own limit then refuses them). Whatever
// RESTinio's parser refuses gets a canned 400 instead of a silent close.
// It also counts the open connections of each peer address, so one address cannot take every
// connection slot: a connection beyond its address's share is answered `refusal_reply` at its
// first read and closed, before RESTinio reads anything. (RESTinio's own hook for this, the
// IP-blocker, would leak a slot of its connection limiter with every connection it denies.)
// The adapter relies on RESTinio reading the next request only after the previous response is
// written (max_pipelined_requests == 1) when it writes `100 Continue` itself.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <restinio/asio_include.hpp>
#include <restinio/tls_fwd.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace motcua::web::detail {

inline constexpr std::string_view kRejectHeader = "x-motcua-reject";

struct InputLimits {
  std::uint64_t max_body_bytes = 0;
  std::size_t max_header_bytes = 0;
  std::size_t max_target_bytes = 0;
  std::size_t max_header_fields = 0;
  std::size_t max_per_address = 0;          // open connections from one address; 0: unlimited
  std::vector<asio::ip::address> uncapped;  // addresses max_per_address does not apply to
  std::chrono::steady_clock::duration header_timeout{};  // zero: none
};

class GuardedSocket;

// RESTinio builds sockets from the io_context alone, so what they share travels on it as a service:
// the limits, and the list of open connections so a shutdown can close the idle ones (RESTinio
// keeps no such list, and an idle keep-alive connection would otherwise hold the server open).
class GuardService : public asio::execution_context::service {
 public:
  inline static asio::execution_context::id id;
  explicit GuardService(asio::execution_context& context) : service(context) {}

  InputLimits limits;
  // Whole responses written straight to the socket, outside RESTinio: to a connection refused for
  // its address, and to a request RESTinio's parser refused.
  std::string refusal_reply;
  std::string malformed_reply;

  // Shuts every open connection down; each then sees end-of-input, and RESTinio closes it.
  void shutdown_connections();
  std::size_t connections();                            // connection sockets still alive
  std::size_t lingering() const { return lingering_; }  // rejected connections closing slowly

  // Ends the heads past their deadline: a partial head is answered 408, a silent new connection
  // closed. Called periodically.
  void expire_heads(std::chrono::steady_clock::time_point now);

 private:
  friend class GuardedSocket;
  friend class Lingerer;
  void shutdown() override {}

  struct PeerCount {
    std::size_t open = 0;
    bool warned = false;  // its refusals were logged since it last had no connection open
  };

  void count_in(GuardedSocket& socket);
  void count_out(GuardedSocket& socket);

  // Guards the set, the counts and every change of a registered socket's descriptor, so a
  // descriptor is never shut down after it was closed (and perhaps reused for a database
  // connection).
  std::mutex mutex_;
  std::unordered_set<GuardedSocket*> sockets_;
  std::unordered_map<asio::ip::address, PeerCount> peers_;
  std::atomic<std::size_t> lingering_{0};
};

// What the adapter needs to know about one request head.
struct HeadFacts {
  std::optional<std::uint64_t> content_length;
  bool bad_length = false;
  bool transfer_encoding = false;
  bool expect_continue = false;
  bool upgrade = false;
  std::size_t fields = 0;
  bool malformed = false;  // a field line that is not `token ":" value`
  bool marked = false;     // it carries kRejectHeader, which only this adapter may set
};

HeadFacts head_facts(std::string_view head);
// 0 while the (possibly partial) request line at the start of `data` can still be valid; 400
// when it cannot, 414 when its target is longer than `max_target`.
int request_line_status(std::string_view data, std::size_t max_target);
// The head without client-sent reject markers; with `reject_status` also without Content-Length
// and with the marker added.
std::string rebuild_head(std::string_view head, int reject_status);
// The replacement for a head refused with `status`: its request line when whole, and the marker.
std::string marked_head(std::string_view partial_head, int status);
// Offset just past the blank line that ends a head, or npos.
std::size_t head_end(std::string_view data);

class GuardedSocket {
 public:
  using executor_type = asio::any_io_executor;

  explicit GuardedSocket(asio::io_context& io)
      : socket_(io), service_(&asio::use_service<GuardService>(io)) {}
  GuardedSocket(GuardedSocket&& other) noexcept;
  GuardedSocket& operator=(GuardedSocket&& other) noexcept;
  GuardedSocket(const GuardedSocket&) = delete;
  GuardedSocket& operator=(const GuardedSocket&) = delete;
  ~GuardedSocket();

  auto& lowest_layer() { return socket_.lowest_layer(); }
  const auto& lowest_layer() const { return socket_.lowest_layer(); }
  executor_type get_executor() { return socket_.get_executor(); }
  auto remote_endpoint() const { return socket_.remote_endpoint(); }
  bool is_open() const { return socket_.is_open(); }
  void cancel(asio::error_code& ec) { socket_.cancel(ec); }

  template <typename... Args>
  auto async_write_some(Args&&... args) {
    unanswered_ = false;
    return socket_.async_write_some(std::forward<Args>(args)...);
  }

  void shutdown(asio::socket_base::shutdown_type what, asio::error_code& ec);
  void close() {
    asio::error_code ignored;
    close(ignored);
  }
  void close(asio::error_code& ec);

  template <typename Handler>
  void async_read_some(asio::mutable_buffer buffer, Handler&& handler) {
    auto executor = asio::get_associated_executor(handler, socket_.get_executor());
    if (refused_) {
      refuse();
      asio::post(executor, [h = std::forward<Handler>(handler)]() mutable {
        h(asio::error::make_error_code(asio::error::eof), 0);
      });
    } else if (ready_offset_ < ready_.size()) {
      const auto n = deliver(buffer);
      asio::post(executor, [this, h = std::forward<Handler>(handler), n]() mutable {
        hand_over(h, asio::error_code{}, n);
      });
    } else if (pending_.empty() && passes_through()) {
      read_direct(buffer, std::forward<Handler>(handler));
    } else {
      read_staged(buffer, std::forward<Handler>(handler));
    }
  }

 private:
  enum class Phase { head, body, opaque, rejected };
  // Held while an idle keep-alive connection waits for its next head, so kept small: most heads
  // fit, and a longer one arrives in a few reads.
  static constexpr std::size_t kStagingBytes = std::size_t{4} * 1024;

  bool passes_through() const {
    return phase_ == Phase::opaque || (phase_ == Phase::body && body_left_ > 0);
  }

  // Body bytes go straight into RESTinio's buffer, never past the end of the body, so the next
  // head is always seen here first.
  template <typename Handler>
  void read_direct(asio::mutable_buffer buffer, Handler&& handler) {
    auto executor = asio::get_associated_executor(handler, socket_.get_executor());
    if (phase_ == Phase::body) {
      buffer = asio::buffer(
          buffer, static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), body_left_)));
    }
    socket_.async_read_some(
        buffer,
        asio::bind_executor(executor, [this, h = std::forward<Handler>(handler)](
                                          const asio::error_code& ec, std::size_t n) mutable {
          if (!ec && phase_ == Phase::body) {
            body_left_ -= n;
            if (body_left_ == 0) phase_ = Phase::head;
          }
          hand_over(h, ec, n);
        }));
  }

  // Head bytes are collected here until a whole head can be checked, then handed on.
  template <typename Handler>
  void read_staged(asio::mutable_buffer buffer, Handler&& handler) {
    auto executor = asio::get_associated_executor(handler, socket_.get_executor());
    staging_.resize(kStagingBytes);
    socket_.async_read_some(
        asio::buffer(staging_),
        asio::bind_executor(executor, [this, buffer, h = std::forward<Handler>(handler)](
                                          const asio::error_code& ec, std::size_t n) mutable {
          if (ec && !(timed_out_ && phase_ == Phase::head && !pending_.empty())) {
            h(ec, 0);
            return;
          }
          if (ec) {
            reject(marked_head({}, 408));  // the header timeout shut our side for reading
          } else {
            pending_.append(staging_.data(), n);
            classify();
          }
          if (ready_offset_ < ready_.size()) {
            hand_over(h, asio::error_code{}, deliver(buffer));
          } else {
            read_staged(buffer, std::move(h));
          }
        }));
  }

  // Calls RESTinio's read handler. A close during it, after a head and before any answer, is
  // RESTinio's parser refusing the request. The handler holds its connection, and so this socket,
  // alive until it returns.
  template <typename Handler>
  void hand_over(Handler& handler, const asio::error_code& ec, std::size_t n) {
    parsing_ = !ec && n > 0;
    handler(ec, n);
    parsing_ = false;
  }

  std::size_t deliver(asio::mutable_buffer buffer);
  void classify();
  void admit_head(std::string_view head);
  void hand_on(std::string_view head, const HeadFacts& facts);
  void reject(const std::string& head);
  void write_now(std::string_view bytes);
  void refuse();
  void set_head_deadline(bool running);
  void reset_state();
  // Takes `other`'s socket and state; the caller holds the service's mutex.
  void take(GuardedSocket& other);

  friend class GuardService;

  asio::ip::tcp::socket socket_;
  GuardService* service_;
  Phase phase_ = Phase::head;
  std::uint64_t body_left_ = 0;
  bool linger_ = false;
  bool parsing_ = false;     // RESTinio's read handler is running on delivered bytes
  bool unanswered_ = false;  // a head was handed on and nothing written since
  // Steady-clock ticks by which the head being read must be complete; 0 when none is.
  std::atomic<std::int64_t> head_deadline_{0};
  std::atomic<bool> timed_out_{false};
  std::optional<asio::ip::address> peer_;  // set while counted in the service's peers_
  bool refused_ = false;                   // its address had its share when it was accepted
  std::string pending_;                    // received, not yet checked
  std::string ready_;                      // checked, waiting for RESTinio
  std::size_t ready_offset_ = 0;
  std::vector<char> staging_;  // one read's worth
};

// RESTinio's per-socket-type hooks, found by argument-dependent lookup: a plain TCP connection
// needs no preparation (no TLS handshake) before reading.
template <typename Connection, typename StartRead, typename Failed>
void prepare_connection_and_start_read(GuardedSocket&, Connection&, StartRead start_read, Failed) {
  start_read();
}

inline restinio::tls_socket_t* make_tls_socket_pointer_for_state_listener(GuardedSocket&) noexcept {
  return nullptr;
}

}  // namespace motcua::web::detail
