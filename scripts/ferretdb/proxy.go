package main

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"

	"go.mongodb.org/mongo-driver/bson"
)

// Why this proxy exists: FerretDB v1 runs update, findAndModify and delete as "query the matching
// documents, change them in Go, write them back" without any lock. Two clients running
// {$inc: {n: 1}} on the same document at once both read the old value, so one increment is lost
// (100 concurrent $inc ended at n=5 in our test), and conditional updates such as
// {n: {$lt: limit}} can both pass. MongoDB does these atomically and our code relies on that.
//
// The proxy forwards every wire message unchanged, one request then one response at a time per
// connection (FerretDB v1 answers every request exactly once and never streams), and runs
// writing commands one at a time per database. Reads and writes to other databases still run
// concurrently, so parallel test files that each use their own database do not wait on each other.

const (
	opMsg          = 2013
	headerLen      = 16
	maxMessageSize = 48*1024*1024 + 64*1024 // MongoDB's maxMessageSizeBytes plus headroom
	checksumFlag   = 1 << 0
)

// writingCommands read-modify-write documents or change metadata, so they must not interleave.
var writingCommands = map[string]bool{
	"insert": true, "update": true, "delete": true, "findAndModify": true, "findandmodify": true,
	"create": true, "drop": true, "dropDatabase": true, "createIndexes": true, "dropIndexes": true,
	"renameCollection": true, "collMod": true, "compact": true,
}

type writeSerializingProxy struct {
	listener    net.Listener
	backendAddr string
	logger      *slog.Logger

	locksMu sync.Mutex
	locks   map[string]*sync.Mutex // one per database name

	connsMu sync.Mutex
	conns   map[net.Conn]struct{}
}

func newWriteSerializingProxy(l net.Listener, backendAddr string, logger *slog.Logger) *writeSerializingProxy {
	return &writeSerializingProxy{
		listener:    l,
		backendAddr: backendAddr,
		logger:      logger,
		locks:       map[string]*sync.Mutex{},
		conns:       map[net.Conn]struct{}{},
	}
}

// serve accepts clients until ctx ends, then closes the listener and every open connection.
func (p *writeSerializingProxy) serve(ctx context.Context) {
	go func() {
		<-ctx.Done()
		_ = p.listener.Close()
		p.closeAll()
	}()

	var wg sync.WaitGroup
	for {
		client, err := p.listener.Accept()
		if err != nil {
			if ctx.Err() == nil {
				p.logger.Error("accept failed", slog.Any("error", err))
			}
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.handle(client)
		}()
	}
	wg.Wait()
}

func (p *writeSerializingProxy) handle(client net.Conn) {
	backend, err := net.Dial("tcp", p.backendAddr)
	if err != nil {
		p.logger.Error("cannot reach FerretDB", slog.Any("error", err))
		_ = client.Close()
		return
	}
	p.track(client, backend)
	defer p.untrack(client, backend)

	fromClient := bufio.NewReader(client)
	fromBackend := bufio.NewReader(backend)
	for {
		request, err := readMessage(fromClient)
		if err != nil {
			p.logEnd("client", err)
			return
		}
		if err = p.roundTrip(request, backend, fromBackend, client); err != nil {
			p.logEnd("backend", err)
			return
		}
	}
}

func (p *writeSerializingProxy) roundTrip(request []byte, backend net.Conn, fromBackend *bufio.Reader, client net.Conn) error {
	if db, isWrite := writeTarget(request); isWrite {
		lock := p.lockFor(db)
		lock.Lock()
		defer lock.Unlock()
	}
	if _, err := backend.Write(request); err != nil {
		return err
	}
	response, err := readMessage(fromBackend)
	if err != nil {
		return err
	}
	_, err = client.Write(response)
	return err
}

func (p *writeSerializingProxy) lockFor(db string) *sync.Mutex {
	p.locksMu.Lock()
	defer p.locksMu.Unlock()
	lock, ok := p.locks[db]
	if !ok {
		lock = &sync.Mutex{}
		p.locks[db] = lock
	}
	return lock
}

func (p *writeSerializingProxy) track(conns ...net.Conn) {
	p.connsMu.Lock()
	defer p.connsMu.Unlock()
	for _, c := range conns {
		p.conns[c] = struct{}{}
	}
}

func (p *writeSerializingProxy) untrack(conns ...net.Conn) {
	p.connsMu.Lock()
	defer p.connsMu.Unlock()
	for _, c := range conns {
		_ = c.Close()
		delete(p.conns, c)
	}
}

func (p *writeSerializingProxy) closeAll() {
	p.connsMu.Lock()
	defer p.connsMu.Unlock()
	for c := range p.conns {
		_ = c.Close()
	}
}

func (p *writeSerializingProxy) logEnd(side string, err error) {
	if errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) {
		return
	}
	p.logger.Debug("connection ended", slog.String("side", side), slog.Any("error", err))
}

// readMessage reads one whole wire message: a little-endian int32 total length, then the rest.
func readMessage(r *bufio.Reader) ([]byte, error) {
	var lengthBytes [4]byte
	if _, err := io.ReadFull(r, lengthBytes[:]); err != nil {
		return nil, err
	}
	length := int(binary.LittleEndian.Uint32(lengthBytes[:]))
	if length < headerLen || length > maxMessageSize {
		return nil, fmt.Errorf("bad message length %d", length)
	}
	message := make([]byte, length)
	copy(message, lengthBytes[:])
	if _, err := io.ReadFull(r, message[4:]); err != nil {
		return nil, err
	}
	return message, nil
}

// writeTarget reports whether an OP_MSG request runs a writing command, and on which database.
// Anything it cannot parse is treated as a read and passed through for FerretDB to judge.
func writeTarget(message []byte) (db string, isWrite bool) {
	if binary.LittleEndian.Uint32(message[12:16]) != opMsg || len(message) < headerLen+5 {
		return "", false
	}
	end := len(message)
	if binary.LittleEndian.Uint32(message[16:20])&checksumFlag != 0 {
		end -= 4
	}
	body := commandBody(message[headerLen+4 : end])
	if body == nil {
		return "", false
	}
	first, err := body.IndexErr(0)
	if err != nil || !writingCommands[first.Key()] {
		return "", false
	}
	db, _ = body.Lookup("$db").StringValueOK()
	return db, true
}

// commandBody finds the single "kind 0" section of an OP_MSG, which holds the command document.
func commandBody(sections []byte) bson.Raw {
	for len(sections) > 5 {
		kind := sections[0]
		size := int(binary.LittleEndian.Uint32(sections[1:5]))
		if size < 5 || size > len(sections)-1 {
			return nil
		}
		if kind == 0 {
			doc := bson.Raw(sections[1 : 1+size])
			if doc.Validate() != nil {
				return nil
			}
			return doc
		}
		// kind 1: the size covers itself, the identifier and the documents
		sections = sections[1+size:]
	}
	return nil
}
