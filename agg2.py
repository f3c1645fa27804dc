import re,collections
txt=open('samples.txt').read()
ev=re.split(r'\njdk\.(?:ExecutionSample|NativeMethodSample)', txt)[1:]
c=collections.Counter(); tot=0; thr=collections.Counter()
skip=('org.springframework.','java.','jdk.','sun.','com.sun.')
for e in ev:
    m=re.search(r'sampledThread = "([^"]*)"',e); t=m.group(1) if m else '?'
    thr[t]+=1
    if t!='main': continue
    frames=re.findall(r'^\s+([\w$.<>]+)\(', e, re.M)
    tot+=1
    # stack is leaf first; find deepest createBean index (smallest index)
    idx=[i for i,f in enumerate(frames) if f.endswith('AbstractAutowireCapableBeanFactory.createBean')]
    if not idx: 
        # attribute to outermost non-framework
        key='(no bean) '+next((f for f in reversed(frames[:len(frames)-8]) if not f.startswith(skip) and 'kring' in f), frames[-10] if len(frames)>10 else frames[-1])
        c[key]+=1; continue
    i=idx[0]
    key=next((f for f in reversed(frames[:i]) if not f.startswith(skip)), 'spring-internal')
    c[key]+=1
print(thr.most_common(8)); print('main',tot)
for k,v in c.most_common(40): print(v,k)
