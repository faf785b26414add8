// Clients that try to exhaust the server (many slow connections from one address, heads that
// trickle in) or send what is not HTTP: each is refused with a status, and others stay served.
#include <gtest/gtest.h>

#include <memory>
#include <thread>
#include <vector>

#include "unit/http/raw_http_client.hpp"
#include "unit/http/test_server.hpp"
#include "web/http/server.hpp"

namespace motcua::web {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using test::http_request;
using test::RawHttpClient;
using test::test_options;
using test::TestServer;

constexpr const char* kOtherAddress = "127.0.0.2";
constexpr std::string_view kPartialHead = "GET /echo HTTP/1.1\r\nHost: a\r\nX-Slow: ";

Handler echo_remote() {
  return [](Request& request) { return Response::text(200, "remote=" + request.remote_address); };
}

// Sends one request on a new connection from `source` and reads the reply.
test::HttpReply request_from(unsigned short port, const char* source,
                             std::chrono::milliseconds timeout = 2s) {
  RawHttpClient client(port, timeout, source);
  client.send("GET /echo HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
  return client.read_reply();
}

// A connection the server has taken (answered once, so counted for its address) that now holds
// its slot with a head that never ends. Connections that arrive together may be accepted in any
// order: the answer makes the order of the test the server's.
std::unique_ptr<RawHttpClient> held_connection(unsigned short port, const char* source) {
  auto client = std::make_unique<RawHttpClient>(port, 2s, source);
  client->send("GET /echo HTTP/1.1\r\nHost: a\r\n\r\n");
  EXPECT_EQ(client->read_reply().status, 200);
  client->send(kPartialHead);
  return client;
}

test::HttpReply raw_exchange(unsigned short port, std::string_view bytes) {
  RawHttpClient client(port, 3s);
  client.send(bytes);
  return client.read_reply();
}

void expect_error(const test::HttpReply& reply, int status, std::string_view code) {
  EXPECT_EQ(reply.status, status);
  EXPECT_NE(reply.body.find("\"code\":\"" + std::string(code) + "\""), std::string::npos)
      << reply.body;
  EXPECT_EQ(reply.header("connection"), "close");
}

TEST(HostileClients, OneAddressCannotTakeEveryConnection) {
  auto options = test_options();
  options.max_connections = 8;
  options.max_connections_per_address = 4;
  TestServer server(options, echo_remote());
  std::vector<std::unique_ptr<RawHttpClient>> slow;
  for (int i = 0; i < 4; ++i) slow.push_back(held_connection(server.port(), "127.0.0.1"));
  // Beyond its share, the same address is refused at once, and takes no slot doing so.
  for (int i = 0; i < 4; ++i) {
    RawHttpClient extra(server.port(), 2s);
    extra.try_send(kPartialHead);
    const auto refused = extra.read_reply();
    expect_error(refused, 429, "too_many_connections");
    EXPECT_EQ(refused.header("retry-after"), "5");
    EXPECT_TRUE(extra.closed_by_peer());
  }
  const auto started = Clock::now();
  const auto other = request_from(server.port(), kOtherAddress);
  EXPECT_EQ(other.status, 200);
  EXPECT_EQ(other.body, std::string("remote=") + kOtherAddress);
  EXPECT_LT(Clock::now() - started, 1s);
  for (const auto& client : slow) EXPECT_FALSE(client->readable_within(0ms));

  // A closed connection gives its address's place back.
  slow.pop_back();
  test::HttpReply again;
  for (int i = 0; i < 50 && again.status != 200; ++i) {
    again = request_from(server.port(), "127.0.0.1");
    if (again.status != 200) std::this_thread::sleep_for(20ms);
  }
  EXPECT_EQ(again.status, 200);
}

// Every client behind a reverse proxy arrives from the proxy's address: the cap skips it.
TEST(HostileClients, ReverseProxyAddressesAreNotCapped) {
  auto options = test_options();
  options.max_connections_per_address = 2;
  options.uncapped_addresses = {"127.0.0.1"};
  TestServer server(options, echo_remote());
  std::vector<std::unique_ptr<RawHttpClient>> open;
  for (int i = 0; i < 4; ++i) open.push_back(held_connection(server.port(), "127.0.0.1"));
  EXPECT_EQ(request_from(server.port(), "127.0.0.1").status, 200);
  for (int i = 0; i < 2; ++i) open.push_back(held_connection(server.port(), kOtherAddress));
  expect_error(request_from(server.port(), kOtherAddress), 429, "too_many_connections");
}

TEST(HostileClients, TrickledHeadIsAnswered408AfterTheHeaderTimeout) {
  auto options = test_options();
  options.header_timeout = 600ms;
  options.read_timeout = 30s;
  TestServer server(options, echo_remote());
  RawHttpClient client(server.port(), 5s);
  const auto started = Clock::now();
  client.send(kPartialHead);
  // One byte every 100 ms would keep the read timeout from ever firing.
  while (!client.readable_within(100ms) && Clock::now() - started < 5s) client.try_send("x");
  const auto elapsed = Clock::now() - started;
  EXPECT_GE(elapsed, 500ms);
  EXPECT_LT(elapsed, 2s);
  expect_error(client.read_reply(), 408, "request_timeout");
  EXPECT_TRUE(client.closed_by_peer());
}

TEST(HostileClients, SilentNewConnectionIsClosedAfterTheHeaderTimeout) {
  auto options = test_options();
  options.header_timeout = 600ms;
  options.read_timeout = 30s;
  TestServer server(options, echo_remote());
  RawHttpClient client(server.port(), 5s);
  const auto started = Clock::now();
  EXPECT_TRUE(client.closed_by_peer());
  EXPECT_LT(Clock::now() - started, 2s);
}

TEST(HostileClients, IdleKeepAliveIsLeftToTheReadTimeout) {
  auto options = test_options();
  options.header_timeout = 300ms;
  TestServer server(options, echo_remote());
  RawHttpClient client(server.port());
  client.send("GET /echo HTTP/1.1\r\nHost: a\r\n\r\n");
  EXPECT_EQ(client.read_reply().status, 200);
  std::this_thread::sleep_for(800ms);  // idle between requests, not inside a head
  client.send("GET /echo HTTP/1.1\r\nHost: a\r\n\r\n");
  EXPECT_EQ(client.read_reply().status, 200);
}

TEST(HostileClients, GarbageRequestLineIs400) {
  TestServer server(test_options(), echo_remote());
  expect_error(raw_exchange(server.port(), "HELLO THERE\r\n\r\n"), 400, "bad_request");
  expect_error(raw_exchange(server.port(), "GET /echo\r\n\r\n"), 400, "bad_request");
  expect_error(raw_exchange(server.port(), "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"), 400,
               "bad_request");
  expect_error(raw_exchange(server.port(), "GET /echo HTTP/1.1\r\nNo colon here\r\n\r\n"), 400,
               "bad_request");
  // Well formed, but a method RESTinio's parser does not know: it refuses it by itself.
  const auto unknown = raw_exchange(server.port(), "BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n");
  expect_error(unknown, 400, "bad_request");
}

// The marker is how the guard tells the server to refuse a request; one a client sends is dropped.
TEST(HostileClients, AForgedRejectMarkerIsIgnored) {
  TestServer server(test_options(), echo_remote());
  const auto reply = raw_exchange(
      server.port(),
      "GET /echo HTTP/1.1\r\nHost: a\r\nX-Motcua-Reject: 413\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "remote=127.0.0.1");
}

TEST(HostileClients, LongTargetIs414) {
  TestServer server(test_options(), echo_remote());
  const auto reply = http_request(server.port(), "GET", "/echo?q=" + std::string(20 * 1024, 'a'));
  expect_error(reply, 414, "uri_too_long");
  const std::string at_limit = "/echo?q=" + std::string(8 * 1024 - 8, 'a');
  EXPECT_EQ(http_request(server.port(), "GET", at_limit).status, 200);
  expect_error(http_request(server.port(), "GET", at_limit + "a"), 414, "uri_too_long");
}

TEST(HostileClients, LargeOrManyHeadersAre431) {
  TestServer server(test_options(), echo_remote());
  std::vector<std::pair<std::string, std::string>> large;
  for (int i = 0; i < 40; ++i)
    large.emplace_back("X-Big-" + std::to_string(i), std::string(1000, 'b'));
  expect_error(http_request(server.port(), "GET", "/echo", large), 431, "header_too_large");
  std::vector<std::pair<std::string, std::string>> many;
  for (int i = 0; i < 150; ++i) many.emplace_back("X-" + std::to_string(i), "v");
  expect_error(http_request(server.port(), "GET", "/echo", many), 431, "header_too_large");
  many.resize(100 - 2);  // with the client's Host and Connection: at the limit
  EXPECT_EQ(http_request(server.port(), "GET", "/echo", many).status, 200);
}

}  // namespace
}  // namespace motcua::web
