package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
)

// newLogger logs to stderr at the given level. Below info it also hides FerretDB's copy of every
// error response (it logs each failed command, e.g. a duplicate key, at warn level): the client
// gets that error anyway, and tests that expect errors would otherwise flood the output.
func newLogger(level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("bad -log-level %q: %w", level, err)
	}
	var h slog.Handler = slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})
	if l > slog.LevelInfo {
		h = hideErrorResponses{h}
	}
	return slog.New(h), nil
}

type hideErrorResponses struct{ slog.Handler }

func (h hideErrorResponses) Handle(ctx context.Context, r slog.Record) error {
	if r.Level < slog.LevelError && isResponseLog(r.Message) {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h hideErrorResponses) WithAttrs(attrs []slog.Attr) slog.Handler {
	return hideErrorResponses{h.Handler.WithAttrs(attrs)}
}

func (h hideErrorResponses) WithGroup(name string) slog.Handler {
	return hideErrorResponses{h.Handler.WithGroup(name)}
}

func isResponseLog(message string) bool {
	return strings.HasPrefix(message, "Response header: ") || strings.HasPrefix(message, "Response message:")
}
