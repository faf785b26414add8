#include "web/client_address.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

Request from(const std::string& peer, const std::string& header = "",
             const std::string& value = "") {
  Request request;
  request.remote_address = peer;
  if (!header.empty()) request.headers.emplace_back(header, value);
  return request;
}

const ProxyTrust kForwardedFor{"x-forwarded-for", {"127.0.0.1", "10.0.0.2"}};

TEST(ClientAddress, IsThePeerWithoutATrustedProxy) {
  EXPECT_EQ(client_address(ProxyTrust{}, from("192.0.2.1", "x-forwarded-for", "198.51.100.7")),
            "192.0.2.1");
  EXPECT_EQ(client_address(kForwardedFor, from("192.0.2.1", "x-forwarded-for", "198.51.100.7")),
            "192.0.2.1")
      << "an untrusted peer cannot name another address";
}

TEST(ClientAddress, IsTheRightmostUntrustedForwardedAddress) {
  EXPECT_EQ(client_address(kForwardedFor, from("127.0.0.1", "x-forwarded-for", "198.51.100.7")),
            "198.51.100.7");
  // The client itself wrote "1.1.1.1"; the proxies appended what they saw.
  EXPECT_EQ(client_address(kForwardedFor,
                           from("127.0.0.1", "x-forwarded-for", "1.1.1.1, 198.51.100.7, 10.0.0.2")),
            "198.51.100.7");
  EXPECT_EQ(client_address(kForwardedFor, from("127.0.0.1", "x-forwarded-for", "2001:db8::1")),
            "2001:db8::1");
}

TEST(ClientAddress, FallsBackToThePeerWhenTheHeaderIsMissingOrGarbage) {
  EXPECT_EQ(client_address(kForwardedFor, from("127.0.0.1")), "127.0.0.1");
  EXPECT_EQ(client_address(kForwardedFor, from("127.0.0.1", "x-forwarded-for", "<script>")),
            "127.0.0.1");
  EXPECT_EQ(client_address(kForwardedFor, from("127.0.0.1", "x-forwarded-for", ", ")), "127.0.0.1");
}

TEST(ClientAddress, ReadsXRealIpWhenThatIsTheHeader) {
  const ProxyTrust real_ip{"x-real-ip", {"127.0.0.1"}};
  EXPECT_EQ(client_address(real_ip, from("127.0.0.1", "x-real-ip", " 198.51.100.9 ")),
            "198.51.100.9");
  EXPECT_EQ(client_address(real_ip, from("127.0.0.1", "x-forwarded-for", "198.51.100.9")),
            "127.0.0.1");
}

}  // namespace
}  // namespace motcua::web
