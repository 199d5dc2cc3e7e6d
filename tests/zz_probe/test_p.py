import cProfile, pstats, time
def ev(i):
    return (f"BEGIN:VEVENT\r\nUID:e{i}@x.example\r\nSUMMARY:Interview with Initech {i}\r\n"
            f"DTSTART:20401201T090000Z\r\nDTEND:20401201T100000Z\r\nORGANIZER:mailto:rec@initech{i%7}.example\r\nATTENDEE;CN=Dana {i}:mailto:d{i}@initech{i%7}.example\r\nEND:VEVENT\r\n")
def cal(body):
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n" + body + "END:VCALENDAR\r\n"
def test_p(client):
    body = {"ics": cal("".join(ev(i) for i in range(1000)))}
    pr = cProfile.Profile(); pr.enable()
    t=time.perf_counter(); r = client.post("/api/captures", json=body); print(r.status_code, time.perf_counter()-t)
    pr.disable(); pstats.Stats(pr).sort_stats("cumulative").print_stats(30)
