#include "cli/server_log.hpp"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <mutex>
#include <string>

namespace motcua::cli {
namespace {

constexpr std::size_t kBufferLimit = std::size_t{64} * 1024;

class BufferedStdoutSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  ~BufferedStdoutSink() override { write_out(); }

 protected:
  void sink_it_(const spdlog::details::log_msg& message) override {
    spdlog::memory_buf_t formatted;
    formatter_->format(message, formatted);
    buffer_.append(formatted.data(), formatted.size());
    if (buffer_.size() >= kBufferLimit) write_out();
  }
  void flush_() override { write_out(); }

 private:
  void write_out() {
    std::size_t done = 0;
    while (done < buffer_.size()) {
      const auto written = ::write(STDOUT_FILENO, buffer_.data() + done, buffer_.size() - done);
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) break;  // stdout closed: the log is lost, the server goes on
      done += static_cast<std::size_t>(written);
    }
    buffer_.clear();
  }
  std::string buffer_;
};

}  // namespace

ServerLog::ServerLog() {
  auto logger = std::make_shared<spdlog::logger>("", std::make_shared<BufferedStdoutSink>());
  logger->set_level(spdlog::default_logger_raw()->level());
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(std::move(logger));
  spdlog::flush_every(std::chrono::seconds(1));
}

// Stops the periodic flush and drops the buffered logger; what is logged afterwards (main's report
// of a server that could not start) goes to a plain logger, not to a dropped one.
ServerLog::~ServerLog() {
  flush();
  spdlog::shutdown();
  spdlog::set_default_logger(spdlog::stdout_color_mt(""));
}

void ServerLog::flush() { spdlog::default_logger_raw()->flush(); }

}  // namespace motcua::cli
