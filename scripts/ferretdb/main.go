// Command ferretdb runs an embedded FerretDB (SQLite backend) for local development and tests.
//
// We build our own main around the embeddable package because `go install` of FerretDB's own
// command produces a binary that panics at start (its version file is generated, not in the module).
//
// Clients connect to -listen, which is served by a small write-serializing proxy (see proxy.go)
// in front of FerretDB's own listener on a private loopback port. It prints one line
// "READY <mongodb uri>" on stdout once clients can connect. It exits on SIGINT/SIGTERM and when
// stdin reaches EOF, so it never outlives the process that started it (which holds stdin open).
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// shutdownGrace bounds how long we wait for FerretDB to close connections before exiting anyway;
// FerretDB itself gives connected clients a few seconds to disconnect.
const shutdownGrace = 5 * time.Second

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "address clients connect to")
	dir := flag.String("dir", "", "data directory for the SQLite files (created if missing)")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	watchStdin := flag.Bool("exit-on-stdin-eof", true, "exit when stdin is closed (the parent died)")
	removeDir := flag.Bool("remove-dir-on-exit", false, "delete -dir on exit (throwaway test data)")
	flag.Parse()

	err := run(*listen, *dir, *logLevel, *watchStdin)
	// Done here rather than by the parent, which may be gone (killed) by the time we exit.
	if *removeDir && *dir != "" {
		if rmErr := os.RemoveAll(*dir); rmErr != nil && err == nil {
			err = rmErr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}
}

func run(listen, dir, logLevel string, watchStdin bool) error {
	logger, err := newLogger(logLevel)
	if err != nil {
		return err
	}
	slog.SetDefault(logger)

	if dir == "" {
		return errors.New("-dir is required")
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if err = os.MkdirAll(absDir, 0o755); err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if watchStdin {
		ctx = cancelOnStdinEOF(ctx)
	}

	// Bind the public address first: if the port is taken we fail before doing any work,
	// and the launcher retries with another port.
	publicListener, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}

	db, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: "127.0.0.1:0"},
		Logger:   logger,
		Handler:  "sqlite",
		// FerretDB wants a directory URI with a trailing slash; one SQLite file per database.
		SQLiteURL: "file:" + absDir + "/",
	})
	if err != nil {
		_ = publicListener.Close()
		return err
	}

	backendAddr, err := hostOf(db.MongoDBURI())
	if err != nil {
		_ = publicListener.Close()
		return err
	}

	dbDone := make(chan error, 1)
	go func() { dbDone <- db.Run(ctx) }()

	proxy := newWriteSerializingProxy(publicListener, backendAddr, logger)
	proxyDone := make(chan struct{})
	go func() {
		proxy.serve(ctx)
		close(proxyDone)
	}()

	fmt.Printf("READY mongodb://%s/\n", publicListener.Addr().String())

	<-ctx.Done()
	logger.Info("shutting down")

	select {
	case err = <-dbDone:
		<-proxyDone
		return err
	case <-time.After(shutdownGrace):
		logger.Warn("FerretDB did not stop in time; exiting anyway")
		return nil
	}
}

// cancelOnStdinEOF ties our lifetime to the parent's: the parent keeps a pipe to our stdin open,
// and the kernel closes it when the parent dies, however it dies (even SIGKILL).
func cancelOnStdinEOF(parent context.Context) context.Context {
	ctx, cancel := context.WithCancel(parent)
	go func() {
		_, _ = io.Copy(io.Discard, bufio.NewReader(os.Stdin))
		cancel()
	}()
	return ctx
}

func hostOf(mongoURI string) (string, error) {
	u, err := url.Parse(mongoURI)
	if err != nil {
		return "", err
	}
	return u.Host, nil
}
